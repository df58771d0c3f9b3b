using NewsClean.Text;
using Xunit;

namespace NewsClean.Tests.Text;

/// <summary>
/// Whether a line ends a sentence decides whether it reads as prose, and so whether the article keeps it. Informal
/// writing ends sentences with an emoji, and editors leave invisible format characters after the stop.
/// </summary>
public class SentenceEndTests
{
    [Theory]
    [InlineData("We will always strive to make Korean culture known to the world 🙂")]
    [InlineData("Try something new with your partner this weekend 😉")]
    [InlineData("Family sequences count too 👨\u200D👩\u200D👧")]
    [InlineData("Bukan dengan satu mata.\u2060\u2060")] // word joiners after the stop
    [InlineData("Kami hadir setiap pagi.\u200B")] // a zero-width space after the stop
    [InlineData("It was a long day! 🙁")]
    [InlineData("More than 300 people were deported for entering the country illegally. PTI")] // a wire's code after the stop
    public void A_stop_or_a_closing_emoji_ends_the_sentence(string line) =>
        Assert.True(FeatureScanner.Scan(line).EndsSentence);

    [Theory]
    [InlineData("Landing Page Optimierung mit dem Inception Modell©")] // a symbol from the basic plane is not a stop
    [InlineData("Check them out below ⬇️")]
    [InlineData("Best gadgets of the year 2019 ™")]
    [InlineData("🙂")]
    [InlineData("The treaty was signed by every member of NATO")]
    [InlineData("Shares rose after the deal. NASDAQ100")]
    [InlineData("\u2060\u2060")]
    public void Symbols_and_invisible_characters_alone_do_not(string line) =>
        Assert.False(FeatureScanner.Scan(line).EndsSentence);
}
