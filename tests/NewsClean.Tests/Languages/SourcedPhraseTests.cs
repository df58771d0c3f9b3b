using NewsClean.Tests.Support;
using Xunit;

namespace NewsClean.Tests.Languages;

/// <summary>
/// Phrases taken from the translation files of consent banners, themes and plugins that news sites run (listed in
/// docs/rule-packs.md, "Where the phrases come from"): the widget's line goes, by the rule that reads its category, and
/// article prose in the same language that uses the same words stays.
/// </summary>
public sealed class SourcedPhraseTests
{
    private static readonly string[] Malay =
    [
        "Banjir Kilat Landa Beberapa Kawasan di Shah Alam Selepas Hujan Lebat",
        "Hujan lebat sejak petang semalam menyebabkan banjir kilat di lima kawasan perumahan, dan lebih 200 penduduk dipindahkan ke pusat pemindahan sementara, kata Jabatan Bomba dan Penyelamat.",
        "Pihak berkuasa tempatan berkata kerja membersihkan longkang akan dipercepatkan, manakala bantuan makanan diagihkan kepada mangsa yang terjejas sepanjang malam.",
    ];

    private static readonly string[] Indonesian = [ArticleText.IndonesianHeadline, ArticleText.IndonesianProse1, ArticleText.IndonesianProse2];

    private static string[] Article(string language) => language switch
    {
        "ms" => Malay,
        "id" => Indonesian,
        _ => LanguageSamples.All.Single(s => s.Language == language) is var s ? [s.Headline, .. s.Prose] : [],
    };

    [Theory]
    // tarteaucitron.js consent banner (lang/tarteaucitron.{vi,uk,ko,tr}.js).
    [InlineData("vi", "OK, đồng ý", "prompts.cookie")]
    [InlineData("vi", "Cho phép tất cả các Cookies", "prompts.cookie")]
    [InlineData("vi", "Trang web này sử dụng cookie và cung cấp cho bạn quyền kiểm soát những gì bạn muốn kích hoạt", "prompts.cookie")]
    [InlineData("vi", "Trang web này không sử dụng bất kì cookie nào yêu cầu sự chấp thuận của bạn.", "prompts.cookie")]
    [InlineData("uk", "Все відхилити", "prompts.cookie")]
    [InlineData("uk", "Обов'язкові кукі", "prompts.cookie")]
    [InlineData("uk", "Цей сайт використовує кукі і дає вам можливість обрати ті, які ви хочете увімкнути", "prompts.cookie")]
    [InlineData("uk", "Продовжуючи навігацію, ви погоджуєтесь на використання сторонніх послуг, які можуть встановлювати кукі", "prompts.cookie")]
    [InlineData("ko", "모두 거부", "prompts.cookie")]
    [InlineData("ko", "쿠키 관리 패널", "prompts.cookie")]
    [InlineData("ko", "이 사이트는 쿠키를 사용하며 귀하가 활성화하려는 쿠키를 제어할 수 있습니다", "prompts.cookie")]
    [InlineData("ko", "이 사이트는 귀하의 동의가 필요한 쿠키를 사용하지 않습니다.", "prompts.cookie")]
    [InlineData("tr", "Tüm çerezlere izin verin", "prompts.cookie")]
    [InlineData("tr", "Bu site çerezleri kullanır ve etkinleştirmek istediklerinizi kontrol etmenizi sağlar", "prompts.cookie")]
    [InlineData("tr", "Navigasyonunuza devam ederek, çerez yükleyebilecek üçüncü taraf hizmetlerinin kullanımını kabul edersiniz", "prompts.cookie")]
    public void A_widget_line_between_paragraphs_is_removed(string language, string line, string ruleId)
    {
        string[] article = Article(language);
        string page = string.Join("\n", article[0], article[1], line, article[2]);

        var result = NewsCleaner.CleanWithTrace(page);

        var removal = result.Removals.FirstOrDefault(r => r.Text.Split('\n').Contains(line));
        Assert.True(removal is not null, $"[{language}] not removed: {line}");
        Assert.Equal(ruleId, removal.RuleId);
        Assert.Equal(article, result.Text.Split("\n\n"));
    }

    [Theory]
    // Prose about cookies and consent, in the banners' own words but not addressed to the reader.
    [InlineData("vi", "Nhiều trang web sử dụng cookie để theo dõi người dùng, và giới chuyên gia khuyên nên đọc kỹ trước khi bấm đồng ý.")]
    [InlineData("vi", "Cookie chi tiết đến đâu thì cũng chỉ là một tệp văn bản nhỏ, ông Minh giải thích.")]
    [InlineData("uk", "Цей сайт використовує кукі без згоди користувачів, встановили перевіряльники з Держспоживслужби.")]
    [InlineData("uk", "Все відхилити не вдалося: парламент ухвалив закон у першому читанні.")]
    [InlineData("ko", "이 사이트는 쿠키를 사용하며 이용자 동의 없이 광고 정보를 수집했다고 개인정보위는 밝혔다.")]
    [InlineData("ko", "필수 쿠키만 허용해도 광고 추적을 크게 줄일 수 있다고 전문가들은 말했다.")]
    [InlineData("tr", "Bu site çerezleri kullanır ama kullanıcılara hiçbir seçenek sunmuyor, dedi Kurul Başkanı.")]
    [InlineData("tr", "Uzmanlar, tüm çerezlere izin vermenin kişisel verileri riske attığını söylüyor.")]
    public void Prose_with_the_same_words_is_kept(string language, string line)
    {
        string[] article = Article(language);
        string page = string.Join("\n", article[0], article[1], line, article[2]);

        var result = NewsCleaner.CleanWithTrace(page);

        Assert.DoesNotContain(result.Removals, r => r.Text.Split('\n').Contains(line));
        Assert.Equal([article[0], article[1], line, article[2]], result.Text.Split("\n\n"));
    }
}
