namespace NewsClean.Languages;

/// <summary>
/// The phrase categories one line matches, as bits by <see cref="PhraseCategory"/>: looked up on first use, kept with
/// the line for every rule of the pass, and carried to the next pass while the line and the phrase book stay the same.
/// </summary>
internal struct LinePhrases
{
    /// <summary><see cref="Exact"/> and <see cref="Prefix"/> are set.</summary>
    public bool Computed;

    /// <summary>Categories whose exact phrases match the line.</summary>
    public uint Exact;

    /// <summary>Categories whose prefix phrases match the start of the line.</summary>
    public uint Prefix;

    /// <summary>Categories whose substring phrases have been searched for in the line (one search per category).</summary>
    public uint ContainsSearched;

    /// <summary>Of <see cref="ContainsSearched"/>, the categories whose substring phrases occur in the line.</summary>
    public uint Contains;

    /// <summary>The number of share targets the line is made of (see ShareBarRule), plus one, up to 255; 0 until counted.</summary>
    public byte ShareTargets;

    /// <summary>
    /// Whether any category's non-ASCII substring phrase may occur in the line: 0 not yet searched, 1 none does, 2 one
    /// does (see <see cref="PhraseBook.MayContainOther"/>).
    /// </summary>
    public byte OtherContains;

    /// <summary>The bit of <paramref name="category"/>.</summary>
    public static uint Bit(PhraseCategory category) => 1u << (int)category;
}
