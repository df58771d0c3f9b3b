using NewsClean.Text;
using Xunit;

namespace NewsClean.Tests.Text;

/// <summary>
/// The scan counts exactly the characters the duplicate-line fingerprint hashes: the duplicate rule skips hashing
/// lines whose counts differ, so a miscount would let a copy through.
/// </summary>
public class LettersAndDigitsCountTests
{
    [Theory]
    [InlineData("Residents wade through floodwater in Bekasi, West Java, on Tuesday.")]
    [InlineData("Ein Mann überquert die Straße in München am 3. März 2024")]
    [InlineData("abc é 12 x")] // a non-ASCII character inside an eight-character block
    [InlineData("東京・大阪で２０２４年の選挙、投票率は５３％")]
    [InlineData("ผู้ว่าราชการจังหวัด ๑๒ คน")] // Thai vowel and tone marks are not letters
    [InlineData("Photo 📷 by AP ١٢٣ \u0301")]
    [InlineData("")]
    public void Counts_the_letters_and_digits_the_fingerprint_hashes(string line)
    {
        FeatureScanner.Scan(line, out int counted);
        int hashed = line.Count(c => char.IsAscii(c) ? char.IsAsciiLetterOrDigit(c) : char.IsLetterOrDigit(c));
        Assert.Equal(hashed, counted);
    }
}
