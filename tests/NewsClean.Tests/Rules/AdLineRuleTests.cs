using NewsClean.Tests.Support;
using Xunit;

namespace NewsClean.Tests.Rules;

public class AdLineRuleTests
{
    private const string RuleId = "ads.line";

    [Theory]
    [InlineData("ADVERTISEMENT")]
    [InlineData("Advertisement")]
    [InlineData("Scroll to continue with content")]
    [InlineData("SCROLL TO CONTINUE WITH CONTENT")]
    [InlineData("Story continues below advertisement")]
    [InlineData("Sponsored by Thames Water")]
    [InlineData("- Advertisement -")]
    [InlineData("CLICK HERE TO GET THE GAZETTE APP")]
    [InlineData("Advert")]
    [InlineData("The Gazette may earn an affiliate commission if you buy something through links in this article.")]
    [InlineData("If you buy something through this post, we may receive a small commission.")]
    [InlineData("This post may contain affiliate links.")]
    public void Removes_ad_markers_from_an_English_article(string marker) =>
        RuleHarness.AssertRemovedAmid(RuleId, ArticleText.English, marker);

    [Theory]
    [InlineData("Viral! 18 Kampus ternama memberikan beasiswa full sampai lulus untuk S1 dan S2 di Beasiswa OSC. Info lebih lengkap klik : osc.medcom.id")]
    [InlineData("Iklan")]
    [InlineData("Scroll untuk melanjutkan")]
    public void Removes_promo_lines_from_an_Indonesian_article(string promo) =>
        RuleHarness.AssertRemovedAmid(RuleId, ArticleText.Indonesian, promo);

    [Theory]
    [InlineData("The council spent more on advertising the flood helpline than on sandbags, according to figures released on Monday.")]
    [InlineData("Sponsors of the riverside festival said the event would go ahead in June as planned")]
    [InlineData("Advertising Revenue Falls")]
    [InlineData("Click here to see the full list of closed roads, which the council updates every hour.")]
    [InlineData("The broker may earn a commission on each sandbag order, the council's filing said.")]
    public void Keeps_prose_and_subheadings_that_mention_advertising(string content) =>
        RuleHarness.AssertKeepsAmid(RuleId, ArticleText.English, content);
    [Theory]
    [InlineData("de", "Wenn Sie über diese Links einkaufen, erhalten wir eine Provision.")]
    [InlineData("fr", "Si vous achetez via ces liens, nous percevons une commission.")]
    [InlineData("es", "Si compras a través de estos enlaces, recibimos una comisión.")]
    [InlineData("pt", "Se você comprar por meio destes links, recebemos uma comissão.")]
    [InlineData("it", "Se acquisti tramite questi link, riceviamo una commissione.")]
    [InlineData("nl", "Als je via deze links iets koopt, ontvangen wij een commissie.")]
    public void Removes_affiliate_disclosures_with_each_packs_words(string language, string disclosure)
    {
        var result = RuleHarness.CleanAfterArticle(RuleId, language, disclosure);

        Assert.Equal([disclosure], RuleHarness.RemovedLines(result, RuleId));
    }
    [Theory]
    [InlineData("es", "El intermediario recibió una comisión del cinco por ciento por cada venta, según el informe.")]
    [InlineData("de", "Der Makler soll eine Provision von fünf Prozent erhalten haben, teilte die Staatsanwaltschaft mit.")]
    public void Keeps_prose_about_a_commission_in_the_third_person(string language, string prose)
    {
        var result = RuleHarness.CleanAfterArticle(RuleId, language, prose);

        Assert.Empty(result.Removals);
    }

    [Theory]
    [InlineData("$59.99 at Amazon")]
    [InlineData("Buy now: $24.99 at Target")]
    [InlineData("$24.99 (was $39.99) at Best Buy")]
    [InlineData("£49 at Argos")]
    [InlineData("€79 bei MediaMarkt")]
    [InlineData("129,99 € chez Fnac")]
    [InlineData("Check price at Best Buy")]
    [InlineData("Prices taken at time of publishing.")]
    public void Removes_a_buying_guides_buy_buttons(string button) =>
        RuleHarness.AssertRemovedAmid(RuleId, ArticleText.English, button);

    [Theory]
    [InlineData("Best budget: Homely Basic 1.5L")] // the product's subheading
    [InlineData("For under $25, the Homely Basic is a surprise at Target.")] // the product's paragraph
    [InlineData("$59.99 at most")] // no shop
    [InlineData("Tickets cost $12 at the door")] // the price does not lead
    [InlineData("Best overall: $59 at launch")] // no shop's name
    [InlineData("Tickets: $25 for Adults")] // a price for whom, not where
    [InlineData("Entry: €10 per Person")]
    public void Keeps_a_buying_guides_subheadings_and_prose_that_name_prices(string content) =>
        RuleHarness.AssertKeepsAmid(RuleId, ArticleText.English, content);
}
