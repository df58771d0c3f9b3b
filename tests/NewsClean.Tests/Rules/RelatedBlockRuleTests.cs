using NewsClean.Tests.Support;
using Xunit;

namespace NewsClean.Tests.Rules;

public class RelatedBlockRuleTests
{
    private const string RuleId = "related.block";

    [Fact]
    public void Removes_a_related_heading_and_the_headlines_after_it_at_the_end_of_an_article()
    {
        string[] block = ["BERITA LAINNYA", "Korsel Panggil Dubes Rusia", "Harga Beras Naik Jelang Akhir Tahun", "Timnas Indonesia Tahan Imbang Arab Saudi"];
        RuleHarness.AssertRule(RuleId, RuleHarness.Document([.. ArticleText.Indonesian, .. block]), removed: block, kept: ArticleText.Indonesian);
    }

    [Theory]
    [InlineData("Other news in this section")]
    [InlineData("Partner news")]
    [InlineData("Most popular in the section")]
    [InlineData("Explore further")]
    [InlineData("Featured Video")]
    public void Removes_English_recirculation_headings_and_their_headlines(string heading)
    {
        string[] block = [heading, "Storm Ciaran batters southern England", "Council tax to rise by five percent"];
        RuleHarness.AssertRule(RuleId, RuleHarness.Document([.. ArticleText.English, .. block]), removed: block, kept: ArticleText.English);
    }

    [Theory]
    [InlineData("Most read in world news")]
    [InlineData("Next Up In Science & Health")]
    [InlineData("More articles from Priya Shah")]
    public void A_heading_with_a_prefix_of_three_words_needs_no_title_case(string heading)
    {
        string[] block = [heading, "Storm Ciaran batters southern England", "Council tax to rise by five percent"];
        RuleHarness.AssertRule(RuleId, RuleHarness.Document([.. ArticleText.English, .. block]), removed: block, kept: ArticleText.English);
    }

    [Fact]
    public void Removes_bare_related_headings()
    {
        string[] headings = ["TERKAIT", "BERITA LAINNYA"];
        RuleHarness.AssertRule(RuleId, RuleHarness.Document([.. ArticleText.Indonesian, .. headings]), removed: headings, kept: ArticleText.Indonesian);
    }

    [Fact]
    public void A_related_heading_among_menu_entries_at_the_top_of_the_page_leaves_the_article_header_alone()
    {
        // "Últimas notícias" is a menu entry here; the headline, standfirst and byline under the menu are not a related list.
        string[] top = ["Últimas notícias", "Política", "Economia", "Mundo", "Esportes", ArticleText.EnglishHeadline, "Defenders say the gates can close twice a day", "Jane Doe"];
        var result = RuleHarness.Only(RuleId).CleanWithTrace(RuleHarness.Document([.. top, .. ArticleText.English[1..]]));

        Assert.Empty(RuleHarness.RemovedLines(result, RuleId));
    }

    [Fact]
    public void Product_cards_under_a_related_heading_are_a_shopping_guides_list_not_headlines()
    {
        // "Don't Miss" over cards with a price on its own line: the guide's products, which its text introduces.
        string text = RuleHarness.Document([.. ArticleText.English, "Don't Miss", .. MainContentRuleTests.ProductCards]);
        var result = RuleHarness.Only(RuleId).CleanWithTrace(text);

        Assert.Equal(["Don't Miss"], RuleHarness.RemovedLines(result, RuleId));
    }

    [Fact]
    public void A_headline_that_asks_a_question_does_not_end_the_list()
    {
        string[] block = ["Related articles", "Why does the barrier close more often than ever?", "Storm Ciaran batters southern England. Will the ferries run?", "Council tax to rise by five percent"];
        RuleHarness.AssertRule(RuleId, RuleHarness.Document([.. ArticleText.English, .. block]), removed: block, kept: ArticleText.English);
    }

    [Fact]
    public void A_question_of_prose_length_still_ends_the_list()
    {
        string[] block = ["Related articles", "Storm Ciaran batters southern England"];
        string question = "Will the barrier, which closed twice in one night this week, be able to cope with the higher tides expected in the spring?";
        var result = RuleHarness.Only(RuleId).CleanWithTrace(RuleHarness.Document([.. ArticleText.English, .. block, question]));

        Assert.DoesNotContain(question, RuleHarness.RemovedLines(result, RuleId));
    }

    [Fact]
    public void Takes_a_Japanese_list_of_long_titles_with_version_numbers()
    {
        // Japanese titles run past 25 characters, each counted as a word, and a version number's dots are no clause marks.
        string[] article =
        [
            "Kindle for PCの起動ホットキーがKeePassと被る",
            "さて、このKindle for PC、Amazonがあまり力を入れていないのか操作性などあまりよくありません。",
            "特に困ったのが、起動ショートカットキーに関する設定です。自動でホットキーが設定されてしまいます。",
            "これでようやく元の操作性を取り戻せました。",
        ];
        string[] block =
        [
            "関連記事",
            "WordPressの記事更新にWindows Live Writerを試してみる",
            "クリップボード拡張ソフトClibor1.3.0が公開されていたのでバージョンアップしてみた",
            "Adobe Acrobat9を新しいパソコンにインストールしたらライセンス認証できなかった問題を解決",
            "Speccyのportable版",
        ];
        var pipeline = new CleaningPipelineBuilder().UseRules(RuleId).UseLanguages("ja").Build();
        var result = pipeline.CleanWithTrace(RuleHarness.Document([.. article, .. block]));

        Assert.Equal(RuleHarness.Document(article), result.Text);
    }

    [Theory]
    [InlineData("ja", "【関連記事】")]
    [InlineData("ja", "〔関連記事〕")]
    [InlineData("zh", "【相关阅读】")]
    public void Takes_the_list_under_a_heading_in_lenticular_brackets(string language, string heading)
    {
        // Chinese and Japanese sites wrap section headings in 【】 or 〔〕, as others write "Related:" or "» More".
        string[] article = language == "ja"
            ?
            [
                "市営バス、来月から深夜便を増発",
                "市交通局は２０日、来月１日から市営バスの深夜便を平日に限って増発すると発表した。対象は中央駅と北部の住宅地を結ぶ３路線で、終発を約３０分繰り下げる。",
                "運賃は通常と同じで、ＩＣカードも利用できる。同局は「利用状況を見ながら、週末の運行も検討したい」としている。",
            ]
            :
            [
                "本市公交夜班线路下月起加密班次",
                "市交通委员会二十日宣布，从下月一日起，三条连接火车站与北部住宅区的夜班公交线路将在工作日加密班次，末班车推迟约三十分钟。",
                "票价与日间线路相同，可使用交通卡支付。交通委员会表示，将根据客流情况研究周末是否同步调整。",
            ];
        string[] list = language == "ja"
            ? ["市営地下鉄、終電を２０分繰り下げ　来春のダイヤ改正で", "タクシー不足が深刻化、深夜の駅前に長い列", "路線バスの運転手不足、事業者の７割が「減便を検討」"]
            : ["地铁末班车延后二十分钟 明年春季调图落地", "出租车夜间运力紧张，火车站前排起长队", "多地公交司机短缺 七成企业考虑削减班次"];
        var pipeline = new CleaningPipelineBuilder().UseRules(RuleId).UseLanguages(language).Build();
        var result = pipeline.CleanWithTrace(RuleHarness.Document([.. article, heading, .. list]));

        Assert.Equal(RuleHarness.Document(article), result.Text);
    }

    [Fact]
    public void Keeps_the_headline_just_above_the_next_article()
    {
        // A teaser list followed by prose: the last headline-like line belongs to the article that follows.
        string[] related = ["More stories", "Storm Ciaran batters southern England", "Why the barrier closes more often"];
        string text = RuleHarness.Document([.. related, .. ArticleText.English]);
        RuleHarness.AssertRule(RuleId, text, removed: related, kept: ArticleText.English);
    }

    [Fact]
    public void Keeps_the_headline_under_a_section_kicker_when_its_byline_and_share_prompt_come_before_the_prose()
    {
        // "Aktuell" is a section kicker over the headline here, not a list heading; the lines between the headline and
        // the first paragraph (author initials, share prompt, photo credit) must not make the headline a list item.
        const string Headline = "Stadtrat beschließt den Haushalt für das kommende Jahr";
        string[] prose =
        [
            "Der Stadtrat hat am Donnerstagabend nach langer Debatte den Haushalt für das kommende Jahr beschlossen, teilte die Verwaltung mit.",
            "Für die Sanierung der Schulen sind zwölf Millionen Euro vorgesehen, deutlich mehr als im laufenden Jahr, sagte der Kämmerer.",
        ];
        string text = RuleHarness.Document(["Aktuell", Headline, "von mk", "Artikel teilen:", "© privat", .. prose]);
        RuleHarness.AssertRule(RuleId, text, removed: ["Aktuell"], kept: [Headline, .. prose]);
    }

    [Fact]
    public void Stops_the_block_at_prose()
    {
        string[] related = ["Related articles", "Storm Ciaran batters southern England"];
        string text = RuleHarness.Document([.. ArticleText.English[..2], .. related, ArticleText.EnglishHeadline + " Again", ArticleText.EnglishProse2, ArticleText.EnglishProse3]);
        RuleHarness.AssertRule(RuleId, text, removed: related,
            kept: [ArticleText.EnglishHeadline, ArticleText.EnglishProse1, ArticleText.EnglishHeadline + " Again", ArticleText.EnglishProse2, ArticleText.EnglishProse3]);
    }

    [Theory]
    [InlineData("Relatives of the Missing")]
    [InlineData("More in store for residents")]
    [InlineData("Other newspapers reported that the barrier had closed twice before midnight.")]
    [InlineData("Related articles in the council's archive show the barrier was first proposed in 1953.")]
    [InlineData("Berita Lainnya dari Bekasi Hari Ini Masih Seputar Banjir")]
    public void Keeps_lines_that_only_start_like_a_heading(string content) =>
        RuleHarness.AssertKeepsAmid(RuleId, ArticleText.English, content);

    // "More from the Gazette" with a title, an author and a summary per story, as a site's template prints them.
    private static readonly string[] Teasers =
    [
        "More from the Gazette",
        "Why the ferry timetable changes again in March", "Tom Rogan",
        "The operator says the new timetable will add two crossings a day, but passengers on the early boat will have to wait longer in winter.",
        "Council tax to rise by five percent next year", "Jenna Ellis",
        "Households in every band will pay more from April after councillors voted through the budget on Tuesday night by a narrow margin.",
        "The market hall reopens after two years of repairs", "Kaylee McGhee",
        "Traders who moved to the car park during the works will return to their old stalls, although some say the rents are now too high.",
    ];

    [Fact]
    public void Removes_teasers_with_summaries_after_a_related_heading_under_an_article()
    {
        RuleHarness.AssertRule(RuleId, RuleHarness.Document([.. ArticleText.English, .. Teasers]), removed: Teasers, kept: ArticleText.English);
    }

    [Theory]
    [InlineData("DW recommends")]
    [InlineData("Audios and videos on the topic")]
    public void Removes_a_broadcasters_recommendation_heading_and_the_teasers_with_summaries_under_it(string heading)
    {
        // Deutsche Welle prints these headings over teasers whose summaries end with the story's date.
        string[] block =
        [
            heading,
            "Cider makers revive old orchards",
            "Farmers in Hesse are grafting forgotten apple varieties onto young trees. The first harvest goes to the press this autumn. (12.09.2014)",
            "A museum for the humble potato",
            "A village in Lower Saxony opened a museum to the potato. Visitors can dig their own tubers in the garden behind it. (03.09.2014)",
        ];
        RuleHarness.AssertRule(RuleId, RuleHarness.Document([.. ArticleText.English, .. block]), removed: block, kept: ArticleText.English);
    }

    // Fact-check and tabloid sites ask their headlines as questions, which read as prose when they are long.
    private static readonly string[] QuestionTeasers =
    [
        "Editors' Picks",
        "Did the Council Close the Thames Barrier an Hour Too Late During the Storm on Monday?", "12 November 2024", "Fact Check",
        "Residents said the gates shut an hour after the warning, but the records show otherwise.",
        "Was the Early Ferry to the Island Cancelled Because of the Flood or a Staff Shortage?", "8 November 2024", "Fact Check",
        "A viral post blamed the river for the cancellation; the operator says it was a staff shortage.",
        "Is the Old Market Hall Really Closing for Good After Two Years of Repairs and Delays?", "1 November 2024", "News",
        "Traders were told the repairs would take two years, and the hall reopens in spring.",
    ];

    [Fact]
    public void Removes_teasers_whose_summary_comes_before_the_title()
    {
        // Card templates that print the summary over the picture give summary, title and section label, in that order.
        string[] teasers =
        [
            "More stories",
            "The operator says the new timetable will add two crossings a day, but passengers on the early boat will have to wait longer.",
            "Why the ferry timetable changes again in March", "Transport",
            "Households in every band will pay more from April after councillors voted through the budget on Tuesday night.",
            "Council tax to rise by five percent next year", "Politics",
            "Traders who moved to the car park during the works will return to their old stalls, although some say rents are too high.",
            "The market hall reopens after two years of repairs", "Business",
        ];
        RuleHarness.AssertRule(RuleId, RuleHarness.Document([.. ArticleText.English, .. teasers]), removed: teasers, kept: ArticleText.English);
    }

    [Fact]
    public void Removes_teasers_whose_titles_are_questions()
    {
        string[] article = [.. ArticleText.English, "Will the barrier hold next winter? Engineers say it depends on the spring tides."];
        RuleHarness.AssertRule(RuleId, RuleHarness.Document([.. article, .. QuestionTeasers]), removed: QuestionTeasers, kept: article);
    }

    [Fact]
    public void Leaves_teaser_shaped_text_after_a_related_heading_at_the_top_of_the_page()
    {
        // No article stands before the heading: what follows may be the article itself, so only the plain list rule acts.
        var result = RuleHarness.Only(RuleId).CleanWithTrace(RuleHarness.Document([.. Teasers, .. ArticleText.English]));

        Assert.Equal(["More from the Gazette", "Why the ferry timetable changes again in March"], RuleHarness.RemovedLines(result, RuleId));
    }

    [Fact]
    public void Leaves_lines_after_a_related_heading_whose_labels_change_shape()
    {
        // A source note, a share count and a menu line are no template: the research note under the heading stays.
        string[] after =
        [
            "Explore further",
            "Unravelling the neural network of the barrier gates",
            "More information: J. Smith et al. Tidal surges and the Thames Barrier, Journal of Flood Risk Management (2019).",
            "Provided by the Environment Agency",
            "Citation: Flood barrier holds as river reaches record height (2024, November 18) retrieved 20 November 2024",
            "This document is subject to copyright. Apart from any fair dealing for the purpose of private study, no part may be reproduced.",
            "445 shares",
            "Feedback to editors",
            "Featured",
            "Last Comments",
        ];
        var result = RuleHarness.Only(RuleId).CleanWithTrace(RuleHarness.Document([.. ArticleText.English, .. after]));

        RuleHarness.AssertKept(result, [.. ArticleText.English, after[2], after[4], after[5]]);
    }

    private static readonly CleaningPipeline German = new CleaningPipelineBuilder().UseRules(RuleId).UseLanguages("de").Build();

    [Fact]
    public void The_list_ends_at_a_blank_line_when_the_paragraph_after_it_is_the_articles()
    {
        // An interview resumes under the link: a short question over its answer is no headline in the list.
        string[] block = ["Mehr zum Thema", "Hitzeschutzplan: Was Kommunen jetzt tun müssen"];
        string[] resumed = ["Sind Sie optimistisch?", "Vorsichtig. Viele Bezirke haben verstanden, worum es geht."];
        string text = RuleHarness.Document(ArticleText.English) + "\n\n" + string.Join('\n', block) + "\n\n" + string.Join('\n', resumed);

        var result = German.CleanWithTrace(text);

        Assert.Equal(block, RuleHarness.RemovedLines(result, RuleId));
    }

    [Fact]
    public void A_list_with_one_headline_a_paragraph_goes_on_past_blank_lines()
    {
        string[] block = ["Mehr zum Thema", "Hitzewelle: So schützen Sie sich in der Wohnung", "Tropennächte: Warum der Schlaf leidet", "Gießkannen-Aktion: Anwohner retten Straßenbäume"];
        string text = RuleHarness.Document(ArticleText.English) + "\n\n" + block[0] + "\n" + string.Join("\n\n", block[1..]);

        var result = German.CleanWithTrace(text);

        Assert.Equal(block, RuleHarness.RemovedLines(result, RuleId));
    }
}
