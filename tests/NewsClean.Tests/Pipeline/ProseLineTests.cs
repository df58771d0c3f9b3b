using NewsClean.Tests.Support;
using Xunit;

namespace NewsClean.Tests.Pipeline;

/// <summary>What the rules count as prose, read through a probe rule that records each line's answer.</summary>
public class ProseLineTests
{
    private const string TagCloud =
        "adote um amigo agua alerta ambiente amizade atendimento atirador bem-estar biblioteca caminhada campanha capacitacao carnaval "
        + "cidadania cinema concurso cultura defesa civil dengue educacao emprego esporte evento feira festa futebol habitacao inverno";

    private const string LongLineWithOneComma =
        "The barrier closed twice on Tuesday night and the river reached its highest level since records began in 1874 "
        + "while volunteers filled sandbags in Greenwich and Woolwich, police closed the riverside path to walkers and cyclists";

    // Thai is written without spaces between words and often without punctuation: each character counts as a word.
    private const string ThaiWithoutPunctuation = "กรุงเทพมหานครประกาศปิดโรงเรียนทุกแห่งเป็นเวลาสามวันเนื่องจากฝุ่นละอองขนาดเล็กเกินมาตรฐานในหลายพื้นที่ของเมือง";

    // Japanese and Chinese end sentences with '。': a long line without any clause mark is a title in a link list.
    private const string JapaneseTitle = "Kindle for PCをCtrl＋Alt＋Kのショートカットキーで立ち上がらなくする方法とその手順の覚書";
    private const string JapaneseSentence = "さて、このKindle for PC、Amazonがあまり力を入れていないのか操作性などあまりよくありません。";
    private const string ChineseTitle = "北京市宣布所有中小学停课三天因为细颗粒物浓度在多个地区超过国家标准";

    // Their headlines run past 30 characters with a comma or two; their sentences have a full stop in them or pile up commas.
    private const string JapaneseTitleWithComma = "気象庁、来週の関東甲信は平年より気温が高くなる見通しと発表　早めの熱中症対策を呼びかけ";
    private const string ChineseTitleWithComma = "北京地铁十九号线北延段今日正式开通运营，早高峰客流比预期多出两成部分市民称通勤时间明显缩短";
    private const string ChineseClauseBeforeList = "记者从市交通委了解到，新线路开通后，沿线居民前往市中心的平均通勤时间将缩短约二十分钟，具体安排如下：";
    private const string JapaneseSentenceRunningOn = "市は来月から試験運行を始める。時刻表や乗り場の詳しい案内は駅の掲示板と市のホームページで順次知らせる予定";

    // A version number's full stops separate no clauses.
    private const string JapaneseTitleWithVersion = "クリップボード拡張ソフトClibor1.3.0が公開されていたのでバージョンアップしてみた";
    private const string TagCloudWithNumbers = TagCloud + " 2.500 visitantes 10,5 km";

    // Hindi ends a sentence with a danda (।), which is clause punctuation like a full stop.
    private const string HindiWithDanda =
        "बाढ़ का पानी मंगलवार की रात तेजी से बढ़ा और कई गांवों में घुस गया। प्रशासन ने लोगों को सुरक्षित स्थानों पर पहुंचाया "
        + "और राहत शिविरों में भोजन और दवाइयों की व्यवस्था की गई है जबकि बचाव दल अब भी प्रभावित इलाकों में काम कर रहे हैं";

    [Theory]
    [InlineData(TagCloud, false)]
    [InlineData(HindiWithDanda, true)]
    [InlineData(LongLineWithOneComma, true)]
    [InlineData(ThaiWithoutPunctuation, true)]
    [InlineData(JapaneseTitle, false)]
    [InlineData(JapaneseSentence, true)]
    [InlineData(ChineseTitle, false)]
    [InlineData(JapaneseTitleWithVersion, false)]
    [InlineData(JapaneseTitleWithComma, false)]
    [InlineData(ChineseTitleWithComma, false)]
    [InlineData(ChineseClauseBeforeList, true)]
    [InlineData(JapaneseSentenceRunningOn, true)]
    [InlineData(TagCloudWithNumbers, false)]
    [InlineData(ArticleText.EnglishProse1, true)]
    [InlineData(ArticleText.EnglishHeadline, false)]
    public void A_long_line_is_prose_only_with_clause_punctuation_unless_its_script_marks_no_sentence_ends(string line, bool prose)
    {
        var probe = new ProseProbe();
        new CleaningPipelineBuilder().UseRules().AddRule(probe).Build().Clean(line);

        Assert.Equal(prose, Assert.Single(probe.Answers));
    }

    private sealed class ProseProbe() : NewsClean.Rules.CleaningRule("user.prose-probe", "records which lines read as prose")
    {
        public List<bool> Answers { get; } = [];

        protected internal override void Apply(CleaningContext context)
        {
            if (Answers.Count > 0)
            {
                return; // later passes see the same line again
            }

            for (int i = 0; i < context.LineCount; i++)
            {
                Answers.Add(context.IsProse(i));
            }
        }
    }
}
