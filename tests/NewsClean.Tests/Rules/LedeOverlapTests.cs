using NewsClean.Rules.BuiltIn;
using Xunit;

namespace NewsClean.Tests.Rules;

public class LedeOverlapTests
{
    private const string Lede = "The house where Adolf Hitler was born will be turned into a police station, Austria's interior minister said.";

    [Theory]
    [InlineData("House Hitler was born in will become a police station, Austria says", 7)] // house, hitler, born, will, police, station, austria
    [InlineData("Breaking News Emails", 0)]
    [InlineData("THE HOUSE OF HITLER", 2)] // case does not matter; "the", "of" are too short to count
    [InlineData("Housekeeping tips", 0)]   // whole words only: "house" inside "housekeeping" is not a match
    public void Counts_the_longer_words_a_candidate_shares_with_the_lede(string candidate, int expected) =>
        Assert.Equal(expected, LedeOverlap.SharedWords(candidate, Lede));
}
