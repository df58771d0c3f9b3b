using System.Text;
using NewsClean.Rules.BuiltIn;
using NewsClean.Tests.Support;
using Xunit;

namespace NewsClean.Tests.Rules;

/// <summary>
/// <see cref="TeaserRunRule.IsTitleGluedToSummary"/> looks for seams only where <see cref="TitleSeamFilter"/> finds a
/// candidate: its vector search must find what its pair-at-a-time search finds, and the rule must answer as the walk
/// over every character did (kept below).
/// </summary>
public sealed class TitleSeamFilterTests
{
    private const int MaxTitleLength = TeaserRunRule.MaxTitleLength;

    [Fact]
    public void Vector_search_finds_what_the_pair_search_finds_on_every_dev_line_and_random_text()
    {
        foreach (string line in DevCorpusLines.All.Concat(RandomLines(40_000, seed: 11)))
        {
            int limit = Math.Min(line.Length - 1, MaxTitleLength);
            for (int from = 0; from <= limit + 1; from += from < 40 ? 1 : 23)
            {
                Assert.Equal(TitleSeamFilter.NextCandidateScalar(line, from, limit), TitleSeamFilter.NextCandidate(line, from, limit));
            }

            for (int shorter = limit; shorter >= 0; shorter -= shorter > 40 ? 37 : 1)
            {
                Assert.Equal(TitleSeamFilter.NextCandidateScalar(line, 1, shorter), TitleSeamFilter.NextCandidate(line, 1, shorter));
            }
        }
    }

    [Fact]
    public void Glued_title_check_answers_as_the_walk_without_the_filter_on_every_dev_line_and_random_text()
    {
        int glued = 0, rejected = 0;
        foreach (string line in DevCorpusLines.All.Concat(RandomLines(40_000, seed: 12)))
        {
            bool expected = WalkWithoutFilter(line);
            Assert.Equal(expected, TeaserRunRule.IsTitleGluedToSummary(line));
            glued += expected ? 1 : 0;
            rejected += TitleSeamFilter.NextCandidate(line, 1, Math.Min(line.Length - 1, MaxTitleLength)) < 0 ? 1 : 0;
        }

        // Both answers occur, and most lines have no candidate at all, so the agreement above covers both paths.
        Assert.True(glued > 100, $"{glued} glued titles");
        Assert.True(rejected > 10_000, $"{rejected} lines rejected by the filter");
    }

    private static IEnumerable<string> RandomLines(int count, int seed)
    {
        string[] pieces =
        [
            " ", " ", "a", "the", "x", "Z", "A", "SteakhouseA party ", "Bill At Troy ", "To 250,000The ", "(Overnight)Patchy ",
            "Rise?Violence is ", "5G Network ", "McDonald", "iPhone", "é", "É", "’", "“", "東", "ß", "Ä", "1", ")", "?", "!", "Mac",
            "Book", "Title Cased Words ", "in ", "\u00A0", "İ", "ǅ", "…",
        ];
        var random = new Random(seed);
        for (int k = 0; k < count; k++)
        {
            var builder = new StringBuilder();
            int length = random.Next(k % 20 == 0 ? 120 : 30);
            for (int j = 0; j < length; j++)
            {
                builder.Append(pieces[random.Next(pieces.Length)]);
            }

            yield return builder.ToString();
        }
    }

    // TeaserRunRule.IsTitleGluedToSummary before the filter: its walk as it was, over the rule's own (unchanged)
    // seam and title tests.
    private static bool WalkWithoutFilter(ReadOnlySpan<char> text)
    {
        int limit = Math.Min(text.Length - 1, MaxTitleLength);
        int lowerRun = 0;
        for (int i = 1; i < limit; i++)
        {
            char c = text[i];
            if (char.IsLower(c))
            {
                lowerRun++;
                continue;
            }

            if (char.IsUpper(c) && TeaserRunRule.IsSeam(text, i, lowerRun) && TeaserRunRule.IsTitleCased(text[..i]))
            {
                return true;
            }

            lowerRun = 0;
        }

        return false;
    }
}
