using System.Collections.Concurrent;

namespace NewsClean.Languages;

/// <summary>
/// Picks the phrase lists for one document. When the caller named the languages, their packs are used as one book.
/// Otherwise the document's detected language is used with the language-neutral and English packs (English site
/// furniture appears everywhere), so a phrase that is boilerplate in one language never removes prose in another.
/// When the language is unknown, every pack is used. Books are compiled on first use and shared.
/// </summary>
internal sealed class PhraseBookSelector
{
    private const string English = "en";

    // Languages close enough that the detector may name either for the other (Indonesian and Malay share most
    // stopwords): a document detected as one is judged with both packs.
    private static readonly Dictionary<string, string[]> Kin = new(StringComparer.Ordinal)
    {
        ["id"] = ["ms"],
        ["ms"] = ["id"],
        ["ru"] = ["uk"],
        ["uk"] = ["ru"],
    };

    private readonly IReadOnlyList<LanguagePack> packs;
    private readonly bool fixedSet;
    private readonly Lazy<PhraseBook> all;
    private readonly ConcurrentDictionary<string, Lazy<PhraseBook>> byLanguage = new(StringComparer.Ordinal);

    public PhraseBookSelector(IReadOnlyList<LanguagePack> packs, bool fixedSet)
    {
        this.packs = packs;
        this.fixedSet = fixedSet;
        all = new Lazy<PhraseBook>(() => new PhraseBook([LanguagePack.Common, .. packs]));
    }

    /// <summary>The book of every pack: the caller's chosen set, or all bundled packs.</summary>
    public PhraseBook All => all.Value;

    public PhraseBook For(string? language)
    {
        if (fixedSet || language is null)
        {
            return all.Value;
        }

        return byLanguage.GetOrAdd(language, static (tag, self) => new Lazy<PhraseBook>(() => self.Compile(tag)), this).Value;
    }

    private PhraseBook Compile(string language)
    {
        var kin = Kin.GetValueOrDefault(language, []);
        var chosen = packs.Where(p => p.Language == language || p.Language == English || kin.Contains(p.Language)).ToList();
        return chosen.Count == 0 ? all.Value : new PhraseBook([LanguagePack.Common, .. chosen]);
    }
}
