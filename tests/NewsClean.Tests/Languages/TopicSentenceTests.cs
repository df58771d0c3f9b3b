using NewsClean.Tests.Support;
using Xunit;

namespace NewsClean.Tests.Languages;

/// <summary>
/// News about cookies, paywalls, newsletters and affiliate links uses the words of the prompts: a substring phrase
/// must speak for the site or to the reader ("we use cookies", "our cookie policy"), so a sentence that names the
/// topic in the third person stays, while the prompt itself still goes.
/// </summary>
public sealed class TopicSentenceTests
{
    [Theory]
    [InlineData("en", "Regulators said most of the websites they checked use cookies without asking first.")]
    [InlineData("en", "The fine concerns the company's cookie policy, which the court found misleading.")]
    [InlineData("en", "Users who accept cookies on the site are tracked across other services, the report found.")]
    [InlineData("en", "Patients must consent to the use of their records in research, the ministry said.")]
    [InlineData("en", "Meta will let European users pay to avoid personalised ads, the company said.")]
    [InlineData("en", "The streaming service's new channel is for subscribers only, the company said on Monday.")]
    [InlineData("en", "Foundations that support independent journalism pledged another $20 million this year.")]
    [InlineData("en", "Kleenex is a registered trademark of Kimberly-Clark, the court noted.")]
    [InlineData("en", "Publishers said their traffic from stories on Google News fell by half last year.")]
    [InlineData("en", "The supplement's claims have not been evaluated by the Food and Drug Administration, the agency said.")]
    [InlineData("de", "Die EU-Kommission will die Cookie-Richtlinie im kommenden Jahr überarbeiten.")]
    [InlineData("de", "Der neue Sportkanal ist nur für Abonnenten des Pakets zu sehen, teilte der Sender mit.")]
    [InlineData("de", "Verbraucherschützer warnen vor Affiliate-Links in sozialen Netzwerken.")]
    [InlineData("fr", "La CNIL a sanctionné la politique de cookies de trois grands sites de commerce.")]
    [InlineData("fr", "Le nouveau service de la plateforme est réservé aux abonnés premium, a annoncé la direction.")]
    [InlineData("es", "La agencia multó a la empresa por su política de cookies, que consideró engañosa.")]
    [InlineData("es", "La nueva función de la plataforma será solo para suscriptores del plan anual.")]
    [InlineData("it", "Il Garante ha contestato l'informativa sui cookie di diversi siti di commercio elettronico.")]
    [InlineData("it", "Il nuovo servizio della piattaforma sarà riservato agli abbonati del pacchetto sport.")]
    [InlineData("pt", "A autoridade multou a empresa por causa da política de cookies do seu site.")]
    [InlineData("pt", "O novo canal da plataforma será exclusivo para assinantes do plano anual.")]
    [InlineData("nl", "De toezichthouder kritiseerde het cookiebeleid van drie grote webwinkels.")]
    [InlineData("nl", "Na de advertentie van het ministerie stroomden de aanmeldingen binnen.")]
    [InlineData("nl", "De nieuwe sportzender is alleen voor abonnees van het pakket te zien.")]
    [InlineData("ru", "Новый канал сервиса будет доступен только для подписчиков премиум-тарифа.")]
    [InlineData("ja", "同社はニュースレターの配信を来月で終了すると発表した。")]
    public void A_sentence_that_names_the_topic_is_kept(string language, string sentence) =>
        RuleHarness.AssertDefaultKeepsAmid(LanguageSamples.ArticleIn(language), sentence, separator: "\n\n");

    [Fact]
    public void A_closing_paragraph_that_shares_words_with_a_legal_notice_is_kept()
    {
        // The page's tail is read for long legal notices; an article's last paragraph is no notice.
        const string Closing = "The authors cautioned that the effect may not be reproduced in larger groups of patients, and called for "
            + "more trials across several countries over the next five years before doctors change how they treat the condition.";
        string[] expected = [.. ArticleText.English, Closing];

        var result = NewsCleaner.CleanWithTrace(string.Join("\n\n", expected));

        Assert.Equal(expected, result.Text.Split("\n\n"));
    }

    [Theory]
    [InlineData("en", "We use cookies to improve your experience on our website.", "prompts.cookie")]
    [InlineData("en", "This website uses cookies. Read our privacy policy to find out more.", "prompts.cookie")]
    [InlineData("en", "Our website uses cookies to improve its performance and enhance your user experience.", "prompts.cookie")]
    [InlineData("en", "By continuing to browse you consent to the use of cookies.", "prompts.cookie")]
    [InlineData("en", "Privacy & Cookie Policy", "prompts.cookie")]
    [InlineData("en", "This article is for subscribers only.", "prompts.paywall")]
    [InlineData("en", "This material may not be reproduced without permission.", "site.footer")]
    [InlineData("en", "*These statements have not been evaluated by the Food and Drug Administration.", "site.footer")]
    [InlineData("en", "Find us on Google News", "social.prompt")]
    [InlineData("de", "Mit der Nutzung der Seite stimmen Sie unserer Cookie-Richtlinie zu.", "prompts.cookie")]
    [InlineData("de", "Dieser Artikel ist nur für Abonnenten verfügbar.", "prompts.paywall")]
    [InlineData("de", "Dieser Beitrag enthält Affiliate-Links.", "ads.line")]
    [InlineData("fr", "En savoir plus sur notre politique de cookies", "prompts.cookie")]
    [InlineData("fr", "Cet article est réservé aux abonnés.", "prompts.paywall")]
    [InlineData("es", "Consulta nuestra política de cookies para más información.", "prompts.cookie")]
    [InlineData("it", "Per saperne di più consulta la nostra informativa sui cookie.", "prompts.cookie")]
    [InlineData("pt", "Saiba mais na nossa política de cookies.", "prompts.cookie")]
    [InlineData("pt", "Este é um conteúdo exclusivo para assinantes.", "prompts.paywall")]
    [InlineData("nl", "Het artikel gaat verder onder de advertentie", "ads.line")]
    [InlineData("nl", "Bekijk ons cookiebeleid voor meer informatie.", "prompts.cookie")]
    [InlineData("ru", "Этот материал доступен только для подписчиков.", "prompts.paywall")]
    [InlineData("ja", "ニュースレターを購読する", "prompts.newsletter")]
    public void The_prompt_itself_still_goes(string language, string prompt, string ruleId) =>
        RuleHarness.AssertDefaultRemovesAmid(LanguageSamples.ArticleIn(language), prompt, ruleId, separator: "\n\n");
}
