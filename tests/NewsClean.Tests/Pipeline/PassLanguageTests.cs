using NewsClean.Languages;
using NewsClean.Tests.Languages;
using Xunit;

namespace NewsClean.Tests.Pipeline;

/// <summary>
/// The pipeline sums each line's language evidence instead of running the detector over every pass's text; the
/// language it reports must still be exactly what the detector says about the caller's input, however normalising
/// changed the lines (spaces, invisible characters, entities, line breaks) and wherever the sample limit cuts.
/// </summary>
public sealed class PassLanguageTests
{
    public static TheoryData<string, string> Variants()
    {
        var data = new TheoryData<string, string>();
        foreach (var sample in LanguageSamples.All)
        {
            string page = sample.Page;
            data.Add(sample.Language + " as is", page);
            data.Add(sample.Language + " CRLF and padded lines", "  " + page.Replace("\n", "\r\n   ", StringComparison.Ordinal) + "\t");
            data.Add(sample.Language + " no-break spaces", page.Replace(' ', '\u00A0'));
            data.Add(sample.Language + " zero-width spaces inside words", page.Replace("e", "e\u200B", StringComparison.Ordinal));
            data.Add(sample.Language + " entities and tags", page.Replace(" ", " &amp; <b>x</b> ", StringComparison.Ordinal));
            data.Add(sample.Language + " mixed line breaks", page.Replace("\n", "\u2028\v\u0085", StringComparison.Ordinal));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Variants))]
    public void Reports_the_language_the_detector_gives_the_input(string name, string text)
    {
        Assert.NotNull(name);
        Assert.Equal(LanguageDetector.Bundled.Detect(text), NewsCleaner.CleanWithTrace(text).Language);
    }

    [Fact]
    public void Reports_the_detectors_language_wherever_the_sample_limit_cuts()
    {
        // A page in one language followed by another: the sample limit decides which one the detector sees.
        var pages = LanguageSamples.All.Select(s => s.Page).ToArray();
        string first = string.Concat(Enumerable.Repeat(pages[0] + "\n\n", LanguageDetector.MaxSample / pages[0].Length));
        int checkedCuts = 0;
        for (int padding = 0; padding < 400; padding += 7)
        {
            string text = new string('x', padding) + "\n" + first + string.Join("\n\n", pages[1..]);
            Assert.Equal(LanguageDetector.Bundled.Detect(text), NewsCleaner.CleanWithTrace(text).Language);
            checkedCuts++;
        }

        Assert.True(checkedCuts > 50);
    }
}
