using System.Text;
using NewsClean.Languages;
using NewsClean.Rules.BuiltIn;
using NewsClean.Tests.Support;
using Xunit;

namespace NewsClean.Tests.Languages;

/// <summary>
/// <see cref="PhraseMatcher.MayMatchExactStartingWith(ReadOnlySpan{char})"/> lets <c>social.sharebar</c> reject a word
/// start by its first two characters: where it says no, no start of the text may match an exact phrase, and the share-bar
/// count must equal the count with the one-character test it replaced (kept below).
/// </summary>
public sealed class ExactStartFilterTests
{
    private static readonly PhraseBook[] Books =
    [
        new([LanguagePack.Common, .. LanguagePack.Available.Select(LanguagePack.Load)]),
        .. LanguagePack.Available.Select(language => new PhraseBook([LanguagePack.Common, LanguagePack.Load(language)])),
    ];

    [Fact]
    public void No_start_of_a_rejected_text_matches_an_exact_phrase_in_dev_lines_and_random_text()
    {
        int rejected = 0, matched = 0;
        foreach (var category in new[] { PhraseCategory.ShareTarget, PhraseCategory.Navigation, PhraseCategory.CaptionCredit })
        {
            var all = Books[0][category];
            foreach (string line in DevCorpusLines.All.Where(l => l.Length <= 200))
            {
                CheckStarts(all, line, ref rejected, ref matched);
            }

            foreach (var book in Books)
            {
                foreach (string text in RandomTargetText(book[category], 3_000, seed: 21))
                {
                    CheckStarts(book[category], text, ref rejected, ref matched);
                }
            }
        }

        Assert.True(rejected > 10_000, $"{rejected} starts rejected");
        Assert.True(matched > 1_000, $"{matched} starts matched");
    }

    [Fact]
    public void Share_targets_count_as_with_the_first_letter_test_on_every_dev_line_and_random_text()
    {
        int bars = 0;
        foreach (var book in Books)
        {
            var targets = book[PhraseCategory.ShareTarget];
            foreach (string line in DevCorpusLines.All.Concat(RandomTargetText(targets, 2_000, seed: 22)))
            {
                int expected = CountTargetsByFirstLetter(line, targets);
                Assert.Equal(expected, ShareBarRule.CountTargets(line, targets));
                bars += expected > 0 ? 1 : 0;
            }
        }

        Assert.True(bars > 1_000, $"{bars} lines of share targets");
    }

    private static void CheckStarts(PhraseMatcher matcher, string text, ref int rejected, ref int matched)
    {
        int longest = matcher.ExactPhrases.Count == 0 ? 0 : matcher.ExactPhrases.Max(p => p.Length) + 8;
        for (int start = 0; start < text.Length; start++)
        {
            if (start > 0 && text[start - 1] is not (' ' or '|' or '·' or '•' or ',' or '/'))
            {
                continue;
            }

            var rest = text.AsSpan(start);
            bool may = matcher.MayMatchExactStartingWith(rest);
            rejected += may ? 0 : 1;
            for (int length = 1; length <= Math.Min(rest.Length, longest); length++)
            {
                if (matcher.MatchesExact(rest[..length]))
                {
                    Assert.True(may, $"'{rest[..length]}' matches but its start '{rest}' was rejected");
                    matched++;
                }
            }
        }
    }

    // Exact phrases in mixed case, with decoration, separators and prose words between them.
    private static IEnumerable<string> RandomTargetText(PhraseMatcher matcher, int count, int seed)
    {
        string[] phrases = [.. matcher.ExactPhrases.Order(StringComparer.Ordinal)];
        string[] others = [" ", " | ", "·", " • ", ", ", "/", ":", "»", "-", "*", "\"", "The", "x", "Ein", "ı", "K", "é", "東", "X"];
        var random = new Random(seed);
        for (int k = 0; k < count; k++)
        {
            var builder = new StringBuilder();
            int pieces = random.Next(1, 8);
            for (int j = 0; j < pieces; j++)
            {
                if (phrases.Length > 0 && random.Next(2) == 0)
                {
                    string phrase = phrases[random.Next(phrases.Length)];
                    foreach (char c in phrase)
                    {
                        builder.Append(random.Next(3) == 0 ? char.ToUpperInvariant(c) : random.Next(2) == 0 ? char.ToLowerInvariant(c) : c);
                    }
                }
                else
                {
                    builder.Append(others[random.Next(others.Length)]);
                }
            }

            yield return builder.ToString();
        }
    }

    // ShareBarRule.CountTargets before the two-character test, as it was.
    private static int CountTargetsByFirstLetter(ReadOnlySpan<char> text, PhraseMatcher targets)
    {
        if (text.Length > 200)
        {
            return 0;
        }

        int count = 0;
        int i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && ShareBarRule.IsSeparator(text[i]))
            {
                i++;
            }

            if (i == text.Length)
            {
                break;
            }

            if (!targets.MayMatchExactStartingWith(text[i]))
            {
                return 0;
            }

            int matched = 0;
            int end = i;
            for (int words = 0; words < 3 && end < text.Length; words++)
            {
                while (end < text.Length && !ShareBarRule.IsSeparator(text[end]))
                {
                    end++;
                }

                if (targets.MatchesExact(text[i..end]))
                {
                    matched = end;
                }

                end++;
            }

            if (matched == 0)
            {
                return 0;
            }

            count++;
            i = matched;
        }

        return count;
    }
}
