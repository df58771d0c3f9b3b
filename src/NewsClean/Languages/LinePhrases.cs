namespace NewsClean.Languages;

/// <summary>
/// The phrase categories one line matches exactly and by prefix, as bits by <see cref="PhraseCategory"/>: looked up
/// once per line and pass by <see cref="CleaningContext"/>, on first use, and then read by every rule.
/// </summary>
internal struct LinePhrases
{
    /// <summary><see cref="Exact"/> and <see cref="Prefix"/> are set.</summary>
    public bool Computed;

    /// <summary>Categories whose exact phrases match the line.</summary>
    public uint Exact;

    /// <summary>Categories whose prefix phrases match the start of the line.</summary>
    public uint Prefix;

    /// <summary>The bit of <paramref name="category"/>.</summary>
    public static uint Bit(PhraseCategory category) => 1u << (int)category;
}
