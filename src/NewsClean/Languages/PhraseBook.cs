using System.Collections.Frozen;

namespace NewsClean.Languages;

/// <summary>The phrase lists of the selected packs, merged and compiled once per pipeline.</summary>
public sealed class PhraseBook
{
    private readonly PhraseMatcher[] matchers;

    internal PhraseBook(IReadOnlyList<LanguagePack> packs)
    {
        Packs = packs;
        var categories = Enum.GetValues<PhraseCategory>();
        matchers = new PhraseMatcher[categories.Length];
        foreach (var category in categories)
        {
            var lists = packs.Select(p => p.Phrases.GetValueOrDefault(category, PhraseList.Empty)).ToArray();
            matchers[(int)category] = new PhraseMatcher(
                lists.SelectMany(l => l.Exact), lists.SelectMany(l => l.Prefix), lists.SelectMany(l => l.Contains), lists.SelectMany(l => l.Suffix));
        }

        Index = new PhraseIndex(matchers);
        var otherPhrases = matchers.SelectMany(m => m.OtherContainsPhrases).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        otherContains = otherPhrases.Length > 0 ? System.Buffers.SearchValues.Create(otherPhrases, StringComparison.OrdinalIgnoreCase) : null;
        otherContainsMatchAscii = matchers.Any(m => m.OtherContainsMatchAscii);
        Stopwords = packs.Where(p => p.Stopwords.Count > 0).ToFrozenDictionary(p => p.Language, p => p.Stopwords, StringComparer.Ordinal);
    }

    /// <summary>The packs this book was compiled from, including the language-neutral one.</summary>
    public IReadOnlyList<LanguagePack> Packs { get; }

    /// <summary>Stopword sets of the packs that have them, by language tag.</summary>
    public IReadOnlyDictionary<string, IReadOnlySet<string>> Stopwords { get; }

    internal PhraseMatcher this[PhraseCategory category] => matchers[(int)category];

    /// <summary>Every category's phrases in one table, for looking a line up once for all categories.</summary>
    internal PhraseIndex Index { get; }

    // Every category's non-ASCII substring phrases in one set. Their search (.NET's case-insensitive Unicode
    // Aho-Corasick) costs per character, not per phrase, so one search over all of them is as cheap as one category's.
    private readonly System.Buffers.SearchValues<string>? otherContains;
    private readonly bool otherContainsMatchAscii;

    /// <summary>
    /// False when no category's non-ASCII substring phrase occurs in the line at a word start: each category's search
    /// finds its phrases among the positions this one visits, so it would find nothing either.
    /// </summary>
    internal bool MayContainOther(ReadOnlySpan<char> line) =>
        otherContains is not null && (otherContainsMatchAscii || !System.Text.Ascii.IsValid(line)) && PhraseMatcher.ContainsAtWordStart(line, otherContains);
}
