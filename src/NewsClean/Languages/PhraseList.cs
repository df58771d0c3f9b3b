namespace NewsClean.Languages;

/// <summary>The phrases of one category in one language pack, by how they must match a line.</summary>
/// <param name="Exact">The whole line (less decoration such as ':' or '»') equals the phrase. Safest mode.</param>
/// <param name="Prefix">The line starts with the phrase at a word boundary ("Baca juga: …").</param>
/// <param name="Contains">The phrase appears anywhere in a short line. Use only for phrases that cannot occur in prose.</param>
/// <param name="Suffix">
/// The line ends with the phrase at a word boundary, less spaces, '!', ':' or an arrow after it but never a full stop
/// ("Ikuti berita terkini di Google News"): a call to the reader, where a sentence that names the same channel
/// ("… erscheinen seltener auf Google News.") ends in a stop or goes on past it.
/// </param>
public sealed record PhraseList(IReadOnlyList<string> Exact, IReadOnlyList<string> Prefix, IReadOnlyList<string> Contains, IReadOnlyList<string> Suffix)
{
    /// <summary>A list without line-end phrases.</summary>
    /// <param name="exact">Phrases that equal the whole line.</param>
    /// <param name="prefix">Phrases that start the line.</param>
    /// <param name="contains">Phrases that occur anywhere in a short line.</param>
    public PhraseList(IReadOnlyList<string> exact, IReadOnlyList<string> prefix, IReadOnlyList<string> contains)
        : this(exact, prefix, contains, [])
    {
    }

    /// <summary>A list with no phrases.</summary>
    public static PhraseList Empty { get; } = new([], [], [], []);
}
