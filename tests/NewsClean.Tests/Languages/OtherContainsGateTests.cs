using System.Text;
using NewsClean.Languages;
using NewsClean.Tests.Support;
using Xunit;

namespace NewsClean.Tests.Languages;

/// <summary>
/// <see cref="PhraseBook.MayContainOther"/> searches every category's non-ASCII substring phrases at once, and a category
/// skips its own search where it finds none: each category's answer must stay what its own search gives.
/// </summary>
public sealed class OtherContainsGateTests
{
    private static readonly PhraseCategory[] Categories = Enum.GetValues<PhraseCategory>();

    [Fact]
    public void Every_category_answers_as_its_own_search_on_every_dev_line_and_phrase_text_in_every_book()
    {
        PhraseBook[] books =
        [
            NewsCleaner.Default.Phrases,
            .. LanguagePack.Available.Select(language => new PhraseBook([LanguagePack.Common, LanguagePack.Load(language)])),
        ];
        int found = 0, gated = 0;
        foreach (var book in books)
        {
            foreach (string line in DevCorpusLines.All.Concat(PhraseText(book, seed: 41)))
            {
                bool may = book.MayContainOther(line);
                gated += may ? 0 : 1;
                foreach (var category in Categories)
                {
                    var matcher = book[category];
                    bool expected = matcher.MatchesInside(line);
                    Assert.True(expected == matcher.MatchesInside(line, may), $"{category}: \"{line}\"");
                    found += expected && matcher.HasOtherContains && !matcher.MatchesInside(line, otherMayMatch: false) ? 1 : 0;
                }
            }
        }

        // Both sides occur: lines the gate turns away, and lines only a non-ASCII phrase matches.
        Assert.True(found > 500, $"{found} matches by non-ASCII phrases");
        Assert.True(gated > 100_000, $"{gated} lines turned away");
    }

    // Each non-ASCII phrase inside words, after a letter, upper-cased, cut short.
    private static IEnumerable<string> PhraseText(PhraseBook book, int seed)
    {
        var random = new Random(seed);
        string[] around = ["", " ", "x", "Le ", "и ", "の", "—", "« ", ". "];
        foreach (var category in Categories)
        {
            foreach (string phrase in book[category].OtherContainsPhrases)
            {
                string before = around[random.Next(around.Length)], after = around[random.Next(around.Length)];
                yield return before + phrase + after;
                yield return before + phrase.ToUpperInvariant() + " tail";
                yield return phrase[..Math.Max(1, phrase.Length - 1)];
                yield return new StringBuilder("Ein Satz ").Append(phrase).Append(" und mehr.").ToString();
            }
        }
    }
}
