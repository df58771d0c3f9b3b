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

    [Fact]
    public void Counts_shared_character_pairs_in_Chinese_and_Japanese()
    {
        // No spaces: 高知, で震, 震度, 津波, 波の, の心, 心配 appear in the lede; 知で and 配な do not.
        const string lede = "５日午前８時５分ごろ、高知県東部を震源とする地震があり、同県室戸市で震度５弱を観測した。この地震による津波の心配はないという。";
        Assert.Equal(7, LedeOverlap.SharedWords("高知で震度５弱　津波の心配なし", lede));
        Assert.Equal(0, LedeOverlap.SharedWords("ポスト", lede));
    }

    [Fact]
    public void Vowel_signs_are_part_of_a_Devanagari_word()
    {
        // "मुंबई" and "बारिश" are shared whole words; split at their vowel signs they would be pieces too short to count.
        Assert.Equal(2, LedeOverlap.SharedWords("मुंबई में भारी बारिश", "मुंबई और आसपास के इलाकों में मूसलाधार बारिश हो रही है।"));
    }

    [Fact]
    public void Counts_shared_syllable_pairs_in_Korean()
    {
        // Short words with particles attached: 무선, 이어, 어폰, 소리, 리온, 버즈 appear in the lede; the standfirst shares only
        // 노이, 이즈, 캔슬, 슬링 and would win the headline on whole words of four letters, of which neither has any.
        const string lede = "국내 중소기업 소리온이 지난달 출시한 무선 이어폰 '버즈 2'를 2주 동안 사용해 봤다. 노이즈 캔슬링 기능을 갖췄다.";
        Assert.Equal(6, LedeOverlap.SharedWords("무선 이어폰 '소리온 버즈 2'", lede));
        Assert.Equal(4, LedeOverlap.SharedWords("배터리는 아쉽지만 노이즈 캔슬링은 기대 이상", lede));
    }

    [Theory]
    [InlineData("Четырехдневная рабочая неделя: в Госдуме снова заговорили о сокращении", 4)] // четырехдневн-ую, рабоч-ую, неде-лю, Госду-му
    [InlineData("Большинство читателей нашего сайта поддержали идею", 0)]
    [InlineData("Госдума", 1)] // a stem of five letters: "Госду"
    public void Counts_a_longer_word_whose_ending_the_lede_inflects(string candidate, int expected) =>
        Assert.Equal(expected, LedeOverlap.SharedWords(candidate, "Депутаты внесли в Госдуму законопроект о переходе на четырехдневную рабочую неделю."));

    [Theory]
    [InlineData("Kettles", 1)] // "kettle" in the lede
    [InlineData("Best Kettle", 1)]
    [InlineData("Ketchup", 0)] // shares "ket" only: a stem is all of the word but its last two letters
    [InlineData("Keto", 0)] // four- and five-letter words match whole
    public void Counts_an_English_plural_against_its_singular(string candidate, int expected) =>
        Assert.Equal(expected, LedeOverlap.SharedWords(candidate, "A good kettle should do one job well."));
}
