using NewsClean.Languages;
using NewsClean.Rules.BuiltIn;
using NewsClean.Tests.Support;
using Xunit;

namespace NewsClean.Tests.Rules;

public class AuthorBoxRuleTests
{
    private const string RuleId = "credits.author-box";

    [Fact]
    public void Removes_an_author_box_that_names_the_author_under_an_English_article()
    {
        string[] box = ["About Priya Shah", "Priya Shah is a freelance writer based in Greenwich. Her work has appeared in the Riverside Gazette and the Estuary Review."];
        RuleHarness.AssertRule(RuleId, RuleHarness.Document([.. ArticleText.English, .. box]), removed: box, kept: ArticleText.English);
    }

    [Fact]
    public void Removes_an_about_the_author_box_with_a_name_and_handle_line()
    {
        string[] box = ["About the Author", "Zac Hall", "@zachall", "Zac covers the river and its barrier for the Gazette and hosts the weekly Flood Watch podcast."];
        RuleHarness.AssertRule(RuleId, RuleHarness.Document([.. ArticleText.English, .. box]), removed: box, kept: ArticleText.English);
    }

    [Theory]
    [InlineData("pt", "Sobre Carlos Nadalim", "Pai de Francesco e Teresa, Carlos Nadalim é também coordenador pedagógico na escola onde ensina há dez anos.")]
    [InlineData("de", "Über Moritz Bachmann", "Als Inbound Sales Manager bildet Moritz Bachmann die Schnittstelle zwischen Marketing und Vertrieb bei der Firma.")]
    [InlineData("id", "Tentang Penulis", "Budi Santoso", "Budi Santoso adalah wartawan yang meliput banjir dan cuaca di Bekasi sejak tahun 2015.")]
    public void Removes_author_boxes_with_each_packs_labels(string language, params string[] box)
    {
        // The rule reads the labels of the language the caller names; the article around the box is the test's.
        var result = RuleHarness.CleanAfterArticle(RuleId, language, box);

        Assert.Equal(box, RuleHarness.RemovedLines(result, RuleId));
    }

    [Fact]
    public void Keeps_a_section_about_a_company_or_a_place()
    {
        // A one-word name is a company ("About my6sense"), and a menu line after a two-word heading names no person.
        string[] content =
        [
            "About Riverwatch", "Riverwatch offers flood sensors and alerts to councils along the Thames and its tributaries.",
            "About Greenwich Theatre", "About Theatre", "Tickets",
        ];
        RuleHarness.AssertRule(RuleId, RuleHarness.Document([.. ArticleText.English, .. content]), removed: [], kept: [.. ArticleText.English, .. content]);
    }

    [Fact]
    public void Keeps_a_box_at_the_top_of_the_page_and_a_biography_that_does_not_name_the_heading()
    {
        string[] top = ["About Sarah Collins", "Sarah Collins is the chief engineer of the Thames Barrier and has worked on the river for thirty years."];
        string[] other = ["About Sarah Collins", "Engineers closed the barrier twice on Tuesday night as the tide rose higher than at any point since records began."];
        RuleHarness.AssertRule(RuleId, RuleHarness.Document([.. top, .. ArticleText.English, .. other]), removed: [], kept: [.. top, .. ArticleText.English, .. other]);
    }

    [Theory]
    [InlineData("Priya is a river correspondent for the Gazette.")]
    [InlineData("Priya Shah is a freelance writer based in Greenwich. Her work has appeared in the Estuary Review.")]
    public void Removes_the_byline_authors_biography_that_ends_the_text(string bio)
    {
        // The byline gives the name; the biography opens with it, full or first, and no paragraph follows it.
        string[] article = [ArticleText.EnglishHeadline, "By Priya Shah | Riverside Gazette", .. ArticleText.English[1..]];
        var result = RuleHarness.AssertRule(RuleId, RuleHarness.Document([.. article, bio, "On Our Radar", "Barrier gates to close again tonight"]),
            removed: [bio], kept: ArticleText.English);
        Assert.Single(RuleHarness.RemovedLines(result, RuleId));
    }

    [Fact]
    public void Keeps_paragraphs_about_someone_who_shares_the_byline_authors_name()
    {
        // Only a paragraph that ends the text reads as a biography; an early one, one with text after it, a name without
        // a byline label and a name followed by a surname other than the author's all stay.
        string[] content =
        [
            ArticleText.EnglishHeadline, "By Priya Shah", "Priya is the name of the new flood barrier tug, launched on Tuesday morning.",
            ArticleText.EnglishProse1, ArticleText.EnglishProse2, "Priya said she would return to the barrier next winter.",
            ArticleText.EnglishProse3, "Priya Kapoor is the barrier's chief engineer and has run it since 2015.",
        ];
        RuleHarness.AssertRule(RuleId, RuleHarness.Document(content), removed: [], kept: [.. content.Where(static line => !line.StartsWith("By ", StringComparison.Ordinal))]);

        string[] noLabel = ["Priya Shah", .. ArticleText.English, "Priya is a river correspondent for the Gazette."];
        RuleHarness.AssertRule(RuleId, RuleHarness.Document(noLabel), removed: [], kept: noLabel);
    }

    private static readonly string[] PolishArticle =
    [
        "Spółdzielnie mleczarskie inwestują w energię słoneczną",
        "W ubiegłym roku spółdzielnie z Podlasia zainstalowały panele fotowoltaiczne na dachach ponad czterdziestu obór i magazynów.",
        "Rolnicy podkreślają, że rachunki za prąd spadły o jedną trzecią, a nadwyżki energii trafiają do sieci przez cały sezon letni.",
        "Eksperci oceniają jednak, że bez nowych linii przesyłowych dalszy rozwój takich instalacji na wsi będzie coraz trudniejszy.",
    ];

    [Fact]
    public void Removes_the_biography_of_a_bare_byline_over_a_dateline()
    {
        // Many European templates print the byline as a bare name over the date, and end the text with "Name, title, …".
        const string Bio = "Anna Nowak, dziennikarka i redaktorka, od lat pisze o rolnictwie oraz klimacie w krajach nordyckich.";
        string text = RuleHarness.Document([PolishArticle[0], "Anna Nowak", "12 marca 2021", .. PolishArticle[1..], Bio]);
        RuleHarness.AssertRule(RuleId, text, removed: [Bio], kept: PolishArticle);
    }

    [Fact]
    public void Keeps_a_closing_paragraph_that_names_someone_other_than_the_bare_byline()
    {
        const string Closing = "Jan Kowalski, prezes spółdzielni z Mońkach, zapowiada kolejne inwestycje w przyszłym roku.";
        string[] kept = [.. PolishArticle, Closing];
        string text = RuleHarness.Document([PolishArticle[0], "Anna Nowak", "12 marca 2021", .. PolishArticle[1..], Closing]);
        RuleHarness.AssertRule(RuleId, text, removed: [], kept: kept);
    }

    [Fact]
    public void Removes_a_name_and_a_biography_that_starts_with_it_at_the_end_of_the_page()
    {
        string[] box = ["Emiliano Bellini", "Emiliano joined the Gazette in March 2017. He has been reporting on the river and its barrier since 2009."];
        RuleHarness.AssertRule(RuleId, RuleHarness.Document([.. ArticleText.English, .. box]), removed: box, kept: ArticleText.English);
    }

    [Fact]
    public void Removes_a_name_and_a_biography_that_introduces_it_at_the_end_of_the_page()
    {
        string[] box = ["Michael Hiltzik", "Pulitzer Prize-winning journalist Michael Hiltzik writes a daily blog. His column appears in print every Sunday."];
        RuleHarness.AssertRule(RuleId, RuleHarness.Document([.. ArticleText.English, .. box]), removed: box, kept: ArticleText.English);
    }

    [Fact]
    public void Keeps_a_name_and_a_paragraph_that_introduces_that_person_late_or_before_more_text()
    {
        // The name must come within the paragraph's first words, and the pair must end the page.
        string[] late = ["Sarah Collins", "Residents who waited on the embankment all night long were told on Tuesday by Sarah Collins that the gates would hold."];
        RuleHarness.AssertRule(RuleId, RuleHarness.Document([.. ArticleText.English, .. late]), removed: [], kept: [.. ArticleText.English, .. late]);

        string[] profile = ["Sarah Collins", "Control room chief Sarah Collins has closed the barrier's gates more than two hundred times in thirty years."];
        string[] content = [.. ArticleText.English, .. profile, ArticleText.EnglishProse2];
        RuleHarness.AssertRule(RuleId, RuleHarness.Document(content), removed: [], kept: [.. content.Where(static line => !line.StartsWith("By ", StringComparison.Ordinal))]);
    }

    [Fact]
    public void Removes_an_unlabelled_box_with_a_pack_that_has_no_author_box_labels()
    {
        // The unlabelled box reads names, not phrases: a caller's own pack without labels still gets it.
        var pack = LanguagePack.FromJson("""{ "language": "xx", "phrases": { "ad": { "exact": ["Anzeige"] } } }""");
        var pipeline = new CleaningPipelineBuilder().UseRules(RuleId).UseLanguagePack(pack).Build();
        string[] box = ["Emiliano Bellini", "Emiliano joined the Gazette in March 2017. He has been reporting on the river and its barrier since 2009."];

        var result = pipeline.CleanWithTrace(RuleHarness.Document([.. ArticleText.English, .. box]));

        Assert.Equal(box, RuleHarness.RemovedLines(result, RuleId));
    }

    [Fact]
    public void Keeps_a_name_and_a_paragraph_about_that_person_when_the_article_goes_on()
    {
        string[] profile = ["Sarah Collins", "Sarah Collins has run the barrier's control room for thirty years and closed its gates more than two hundred times."];
        string[] content = [.. ArticleText.English, .. profile, ArticleText.EnglishProse2];
        RuleHarness.AssertRule(RuleId, RuleHarness.Document(content), removed: [], kept: [.. content.Where(static line => !line.StartsWith("By ", StringComparison.Ordinal))]);
    }

    [Fact]
    public void Keeps_the_last_of_several_people_an_article_profiles()
    {
        // Name and paragraph pairs repeat in a list of people; the last pair ends the page but is the article's own.
        string[] people =
        [
            "Sarah Collins", "Sarah Collins has run the barrier's control room for thirty years and closed its gates more than two hundred times.",
            "Tom Okafor", "Tom Okafor filled sandbags on the embankment every night of the flood, sleeping in his van between shifts.",
        ];
        string[] content = [.. ArticleText.English, .. people];
        RuleHarness.AssertRule(RuleId, RuleHarness.Document(content), removed: [], kept: [.. content.Where(static line => !line.StartsWith("By ", StringComparison.Ordinal))]);
    }

    [Theory]
    [InlineData("Brigit Katz", true)]
    [InlineData("Carlos Nadalim", true)]
    [InlineData("Us", false)]
    [InlineData("the BBC", false)]
    [InlineData("Our Top 10 Stories", false)]
    public void A_personal_name_is_two_to_four_capitalised_words_without_digits(string text, bool expected) =>
        Assert.Equal(expected, LineShape.IsPersonalName(text));
}
