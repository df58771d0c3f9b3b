using NewsClean.Languages;
using NewsClean.Text;
using Xunit;

namespace NewsClean.Tests.Text;

/// <summary>
/// The one-walk read of a line that normalising keeps as it is must give what normalising and then scanning give, and
/// must decline every line normalising would change; language evidence measured from the scan's traits must equal
/// evidence measured from the text.
/// </summary>
public class VerbatimLineTests
{
    public static TheoryData<string> Lines =>
    [
        "Residents wade through floodwater in Bekasi, West Java, on Tuesday.",
        "Ein Mann überquert die Straße in München am 3. März 2024",
        "東京・大阪で２０２４年の選挙、投票率は５３％",
        "ผู้ว่าราชการจังหวัด ๑๒ คน",
        "Photo 📷 by AP ١٢٣ \u0301",
        "Follow us at www.example.com or mail news@example.com",
        "Updated: 10:30 a.m.",
        "Powwow in the park",
        "two  spaces inside a long enough line",
        " leading space",
        "trailing space ",
        "tab\tinside",
        "no\u00A0break space",
        "zero\u200Bwidth space",
        "soft\u00ADhyphen",
        "ideographic\u3000space",
        "x",
        "",
    ];

    [Theory]
    [MemberData(nameof(Lines))]
    public void Reads_a_line_as_normalising_and_scanning_do_or_declines_it(string raw)
    {
        var normalised = new char[raw.Length];
        string expected = new(normalised, 0, TextDocument.Normalize(raw, normalised));
        var copy = new char[raw.Length];
        bool read = VerbatimLine.TryRead(raw, copy, out var features, out int lettersAndDigits, out var traits);

        Assert.Equal(raw.Length > 0 && expected == raw, read);
        if (read)
        {
            Assert.Equal(raw, new string(copy));
            Assert.Equal(FeatureScanner.Scan(raw, out int scanned, out var scannedTraits), features);
            Assert.Equal(scanned, lettersAndDigits);
            Assert.Equal(scannedTraits, traits);
        }
    }

    [Theory]
    [MemberData(nameof(Lines))]
    public void Evidence_from_the_scan_equals_evidence_from_the_text(string raw)
    {
        var buffer = new char[raw.Length];
        var line = buffer.AsSpan(0, TextDocument.Normalize(raw, buffer));
        var features = FeatureScanner.Scan(line, out _, out var traits);
        var detector = LanguageDetector.Bundled;
        var fromText = new int[detector.EvidenceLength];
        var fromScan = new int[detector.EvidenceLength];

        detector.Measure(line, fromText);
        detector.MeasureLine(line, fromScan, features.Letters, traits);

        Assert.Equal(fromText, fromScan);
    }

    [Theory]
    [InlineData("plain words only", (int)LineTraits.None)]
    [InlineData("café", (int)LineTraits.NonAscii)]
    [InlineData("see https://example.com", (int)LineTraits.AddressMark)]
    [InlineData("mail a@b.c", (int)LineTraits.AddressMark)]
    [InlineData("go to WWW.EXAMPLE.COM", (int)LineTraits.DoubleW)]
    [InlineData("abcdefgW", (int)LineTraits.None)]
    [InlineData("abcdefgWwxyz", (int)LineTraits.DoubleW)] // the pair straddles two eight-character blocks
    public void Notes_the_traits_detection_reads(string line, int expected)
    {
        FeatureScanner.Scan(line, out _, out var traits);
        Assert.Equal((LineTraits)expected, traits);
    }
}
