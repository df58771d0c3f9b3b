using System.Text;
using NewsClean.Rules.BuiltIn;
using NewsClean.Tests.Support;
using Xunit;

namespace NewsClean.Tests.Rules;

/// <summary>
/// <see cref="LineShape.IsPersonalName"/> walks the text once; it must answer as the split into words with a digit
/// search per word did (kept below).
/// </summary>
public sealed class PersonalNameWalkTests
{
    [Fact]
    public void Answers_as_the_split_on_every_dev_line_its_heads_and_random_names()
    {
        int names = 0;
        var heads = DevCorpusLines.All.Select(line => line.Length > 40 ? line[..40] : line);
        foreach (string text in DevCorpusLines.All.Concat(heads).Concat(RandomNames(50_000, seed: 31)))
        {
            bool expected = BySplit(text);
            Assert.Equal(expected, LineShape.IsPersonalName(text));
            names += expected ? 1 : 0;
        }

        Assert.True(names > 1_000, $"{names} names");
    }

    private static IEnumerable<string> RandomNames(int count, int seed)
    {
        string[] pieces = ["Anna", "Nowak", "de", "O'Neil", "J.", "Ávila", "Ñ", "élan", "R2", "3rd", "Mc4", "ǅan", "İz", "X", "", " ", "  ", "٣", "Ⅻ"];
        var random = new Random(seed);
        for (int k = 0; k < count; k++)
        {
            var builder = new StringBuilder();
            int words = random.Next(0, 7);
            for (int j = 0; j < words; j++)
            {
                builder.Append(pieces[random.Next(pieces.Length)]).Append(random.Next(5) == 0 ? "  " : " ");
            }

            yield return random.Next(2) == 0 ? builder.ToString().TrimEnd() : builder.ToString();
        }
    }

    // LineShape.IsPersonalName before the walk, as it was.
    private static bool BySplit(ReadOnlySpan<char> text)
    {
        int words = 0;
        foreach (var range in text.Split(' '))
        {
            var word = text[range];
            if (word.IsEmpty)
            {
                continue;
            }

            if (!char.IsUpper(word[0]) || word.IndexOfAnyInRange('0', '9') >= 0 || ++words > LineShape.MaxNameWords)
            {
                return false;
            }
        }

        return words >= LineShape.MinNameWords;
    }
}
