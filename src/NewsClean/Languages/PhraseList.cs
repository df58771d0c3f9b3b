namespace NewsClean.Languages;

/// <summary>The phrases of one category in one language pack, by how they must match a line.</summary>
/// <param name="Exact">The whole line (less decoration such as ':' or '»') equals the phrase. Safest mode.</param>
/// <param name="Prefix">The line starts with the phrase at a word boundary ("Baca juga: …").</param>
/// <param name="Contains">The phrase appears anywhere in a short line. Use only for phrases that cannot occur in prose.</param>
public sealed record PhraseList(IReadOnlyList<string> Exact, IReadOnlyList<string> Prefix, IReadOnlyList<string> Contains)
{
    /// <summary>A list with no phrases.</summary>
    public static PhraseList Empty { get; } = new([], [], []);
}
