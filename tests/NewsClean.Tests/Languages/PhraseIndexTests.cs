using NewsClean.Languages;
using NewsClean.Tests.Support;
using Xunit;

namespace NewsClean.Tests.Languages;

/// <summary>The one-lookup phrase index answers as each category's own matcher does, for every bundled phrase.</summary>
public sealed class PhraseIndexTests
{
    private static readonly PhraseCategory[] Categories = Enum.GetValues<PhraseCategory>();

    [Fact]
    public void Index_agrees_with_every_category_matcher_on_lines_built_from_the_bundled_phrases()
    {
        var book = NewsCleaner.Default.Phrases;
        int matched = 0;
        foreach (string line in LinesFrom(book))
        {
            matched += AssertIndexAgrees(book, line) ? 1 : 0;
        }

        // The lines are built around real phrases: most of them must match something, or the test checks nothing.
        Assert.True(matched > 1000, $"only {matched} lines matched");
    }

    [Fact]
    public void Index_agrees_with_every_category_matcher_on_every_dev_line_in_every_language_book()
    {
        // The index rejects most lines by their length and first two letters before hashing; on real lines, with each
        // language's book, its answers must stay those of the matchers.
        PhraseBook[] books =
        [
            NewsCleaner.Default.Phrases,
            .. LanguagePack.Available.Select(language => new PhraseBook([LanguagePack.Common, LanguagePack.Load(language)])),
        ];
        int matched = 0;
        foreach (var book in books)
        {
            foreach (string line in DevCorpusLines.All)
            {
                matched += AssertIndexAgrees(book, line) ? 1 : 0;
            }
        }

        Assert.True(matched > 1000, $"only {matched} lines matched");
    }

    /// <summary>Asserts the index's exact and prefix answers equal each category matcher's; true when any matched.</summary>
    private static bool AssertIndexAgrees(PhraseBook book, string line)
    {
        uint exact = book.Index.MatchExact(line);
        uint prefix = book.Index.MatchPrefix(line);
        foreach (var category in Categories)
        {
            uint bit = LinePhrases.Bit(category);
            Assert.True(book[category].MatchesExact(line) == ((exact & bit) != 0), $"exact {category}: \"{line}\"");
            Assert.True(book[category].MatchPrefix(line) > 0 == ((prefix & bit) != 0), $"prefix {category}: \"{line}\"");
        }

        return exact != 0 || prefix != 0;
    }

    [Theory]
    [InlineData("Read: the minister's statement", PhraseCategory.Related)]
    [InlineData("» Baca juga: Harga minyak naik", PhraseCategory.Related)]
    [InlineData("ADVERTISEMENT", PhraseCategory.Ad)]
    public void Index_reports_the_category_of_a_matching_line(string line, PhraseCategory category)
    {
        var book = NewsCleaner.Default.Phrases;
        uint found = book.Index.MatchExact(line) | book.Index.MatchPrefix(line);

        Assert.NotEqual(0u, found & LinePhrases.Bit(category));
    }

    [Fact]
    public void A_colon_phrase_needs_its_colon()
    {
        // "Read:" is listed with its colon so that prose starting "Read about …" never matches it.
        var book = NewsCleaner.Default.Phrases;
        string line = "Read about the minister's statement";

        Assert.Equal(book[PhraseCategory.Related].MatchPrefix(line) > 0, (book.Index.MatchPrefix(line) & LinePhrases.Bit(PhraseCategory.Related)) != 0);
    }

    /// <summary>Each phrase alone, decorated, followed by a colon or by words, cut short, and in other cases.</summary>
    private static IEnumerable<string> LinesFrom(PhraseBook book)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var category in Categories)
        {
            var matcher = book[category];
            foreach (string phrase in matcher.ExactPhrases.Concat(matcher.PrefixPhrases).Concat(matcher.ColonPrefixPhrases))
            {
                string[] lines =
                [
                    phrase,
                    phrase.ToUpperInvariant(),
                    phrase.ToLowerInvariant(),
                    "» " + phrase + " «",
                    phrase + ":",
                    phrase + ": Harga minyak naik",
                    phrase + " : rest",
                    phrase + " the minister said",
                    phrase + "s and more",
                    "[" + phrase + "]",
                    phrase[..Math.Max(1, phrase.Length - 1)],
                    "The " + phrase,
                ];
                foreach (string line in lines)
                {
                    if (seen.Add(line))
                    {
                        yield return line;
                    }
                }
            }
        }
    }
}
