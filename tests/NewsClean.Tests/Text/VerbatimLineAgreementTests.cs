using System.Text;
using NewsClean.Text;
using NewsClean.Tests.Support;
using Xunit;

namespace NewsClean.Tests.Text;

/// <summary>
/// <see cref="VerbatimLine.TryRead"/> reads a block of eight characters holding some above U+007F with vector masks,
/// looking up only those characters: it must still read exactly the lines normalising keeps, with the features,
/// counts and traits that normalising and then scanning give, on every dev line, every UTF-16 code unit among ASCII
/// letters, and random mixed-script lines.
/// </summary>
public sealed class VerbatimLineAgreementTests
{
    // ASCII letters, digits and spacing around characters that join words (accented letters, a combining accent,
    // Arabic-Indic digits), part them (curly quotes, dashes, symbols), change under normalising (no-break space,
    // zero-width space, soft hyphen, tab) or are words of their own (CJK, Thai), and a lone surrogate.
    private const string Alphabet = "abcXYZ019 ,.:@wW-'éÉßıİÀ\u0301\u0663’“”—–…•©€\u00A0\u200B\u00AD\t東ไ\uD83D\u00C5";

    [Fact]
    public void Agrees_with_normalising_and_scanning_on_every_dev_line()
    {
        int lines = 0;
        foreach (string line in DevCorpusLines.All)
        {
            AssertAgrees(line);
            lines++;
        }

        Assert.True(lines > 20_000, $"only {lines} dev lines found");
    }

    [Fact]
    public void Agrees_on_every_code_unit_among_ascii_letters()
    {
        for (int c = 0; c <= char.MaxValue; c++)
        {
            char unit = (char)c;
            AssertAgrees("Abcdefg" + unit + "hijk lmnop");
            AssertAgrees("Ab cd ef " + unit + unit + "x ww");
        }
    }

    [Fact]
    public void Agrees_on_random_mixed_lines()
    {
        var random = new Random(17);
        var builder = new StringBuilder();
        for (int i = 0; i < 100_000; i++)
        {
            builder.Clear();
            int length = random.Next(1, 60);
            for (int k = 0; k < length; k++)
            {
                builder.Append(random.Next(3) == 0 ? Alphabet[random.Next(Alphabet.Length)] : (char)('a' + random.Next(26)));
            }

            AssertAgrees(builder.ToString());
        }
    }

    private static void AssertAgrees(string raw)
    {
        var normalised = new char[raw.Length];
        string expected = new(normalised, 0, TextDocument.Normalize(raw, normalised));
        var copy = new char[raw.Length];
        bool read = VerbatimLine.TryRead(raw, copy, out var features, out int lettersAndDigits, out var traits);
        // Control characters are left to the normaliser even where it keeps them; any other line it keeps is read.
        bool kept = raw.Length > 0 && expected == raw;
        Assert.True(read ? kept : !kept || raw.Any(c => char.IsControl(c)), $"read {read} for \"{raw}\"");
        if (read)
        {
            var scanned = FeatureScanner.Scan(raw, out int scannedLettersAndDigits, out var scannedTraits);
            Assert.True(
                scanned == features && scannedLettersAndDigits == lettersAndDigits && scannedTraits == traits && raw == new string(copy),
                $"scan differs for \"{raw}\"");
        }
    }
}
