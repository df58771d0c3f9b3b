using NewsClean.Tests.Support;
using Xunit;

namespace NewsClean.Tests.Rules;

public class FooterRuleTests
{
    private const string RuleId = "site.footer";

    [Theory]
    [InlineData("© 2024 Medcom.id. All rights reserved.")]
    [InlineData("Copyright © 2024 Thomson Reuters")]
    [InlineData("Privacy Policy")]
    [InlineData("Back to top")]
    [InlineData("Thames Gazette and Gazette Extra are registered trademarks of Example Media Ltd.")] // "is a registered trademark of" alone is news too ("Kleenex is …")
    [InlineData("Terms and conditions")]
    [InlineData("Cookies policy")]
    [InlineData("Accessibility Statement")]
    [InlineData("This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.")]
    [InlineData("Thames Gazette is part of Future US Inc, an international media group and leading digital publisher. Visit our corporate site.")]
    [InlineData("Our Standards: The Thomson Reuters Trust Principles.")]
    [InlineData("Our Standards:The Thomson Reuters Trust Principles.")] // as innerText joins the label and its link
    public void Removes_copyright_and_footer_lines_from_an_English_article(string footer) =>
        RuleHarness.AssertRemovedAmid(RuleId, ArticleText.English, footer);

    [Theory]
    [InlineData("Copyright 2019 Hawaii News Now")]
    [InlineData("Copyright @ 2019 The New Arab.")]
    [InlineData("COPYRIGHT (C) 2024 Riverside Media Group")]
    [InlineData("Privacy policy | More Newsletters")]
    [InlineData("Terms of Use • Contact us • Careers")]
    [InlineData("About us · Advertise · Contact us")]
    public void Removes_copyright_years_and_rows_of_footer_links(string footer) =>
        RuleHarness.AssertRemovedAmid(RuleId, ArticleText.English, footer);

    [Theory]
    [InlineData("Copyright 2019 was the year the directive passed, and publishers are still counting the cost.")]
    [InlineData("Copyright lawsuits against AI companies have multiplied | Analysis")]
    [InlineData("Privacy policy changes at the bank | What customers need to know")]
    [InlineData("Copyright 20,000 pages of the archive were digitised, the library said")]
    public void Keeps_lines_that_start_like_a_notice_but_are_news(string content) =>
        RuleHarness.AssertKeepsAmid(RuleId, ArticleText.English, content);

    [Theory]
    [InlineData("Hak Cipta Dilindungi Undang-Undang")]
    [InlineData("Pedoman Media Siber")]
    public void Removes_footer_lines_from_an_Indonesian_article(string footer) =>
        RuleHarness.AssertRemovedAmid(RuleId, ArticleText.Indonesian, footer);

    [Theory]
    [InlineData("The copyright of the photographs belongs to the residents who took them, the museum said.")]
    [InlineData("Contacts between the agency and the council were frequent during the night")]
    [InlineData("Terms and conditions of the loan were not disclosed, the bank said")]
    [InlineData("Our standards of care were not met, the hospital said in a statement on Friday.")]
    public void Keeps_English_prose_that_mentions_footer_words(string content) =>
        RuleHarness.AssertKeepsAmid(RuleId, ArticleText.English, content);

    [Theory]
    [InlineData("Kontak tembak antara aparat dan kelompok bersenjata terjadi di Intan Jaya pada Selasa pagi.")]
    public void Keeps_Indonesian_prose_that_starts_with_a_footer_word(string content) =>
        RuleHarness.AssertKeepsAmid(RuleId, ArticleText.Indonesian, content);
    // Brazilian and Italian sites must print their company registration (CNPJ, partita IVA) in the footer.
    [Theory]
    [InlineData("pt", "Jaraguá do Sul - SC - CNPJ: 83.102.459/0001-23 - Rua das Flores, 1111 - Centro - 89259-565 - Fone: (047) 2106-8000")]
    [InlineData("it", "Gazzetta del Lago Srl - Via Roma 12, 22100 Como - P.IVA 01234567890 - Registrazione Tribunale di Como n. 12/2004")]
    public void Removes_a_company_registration_line_from_the_page_tail(string language, string footer)
    {
        var result = RuleHarness.CleanAfterArticle(RuleId, language, footer);
        Assert.Equal([footer], RuleHarness.RemovedLines(result, RuleId));
        RuleHarness.AssertKept(result, ArticleText.English);
    }

    [Theory]
    [InlineData("pt", "A empresa informou o CNPJ à Receita Federal na terça-feira, segundo a prefeitura.")]
    [InlineData("it", "Il governo ha annunciato nuove regole per chi apre una partita IVA nel 2025, ha detto il ministro.")]
    public void Keeps_prose_that_names_a_company_registration(string language, string content)
    {
        var result = RuleHarness.CleanAfterArticle(RuleId, language, content);
        Assert.Empty(result.Removals);
    }

    private const string LegalNotice =
        "Most market data provided by a market data firm. Market indices are shown in real time, except for the index that is delayed by two minutes. " +
        "All times are ET. Copyright 2019 Example Data, Inc. All rights reserved. Certain market data is the property of an exchange and its " +
        "licensors. All rights reserved. The branded indices are proprietary to and are calculated, distributed and marketed by an index firm.";

    private const string CopyrightNotice =
        "This document is subject to copyright. Apart from any fair dealing for the purpose of private study or research, no part may be " +
        "reproduced without the written permission. The content is provided for information purposes only.";

    [Theory]
    [InlineData(LegalNotice)]
    [InlineData(CopyrightNotice)]
    public void Removes_a_long_legal_notice_below_the_article(string notice)
    {
        string text = RuleHarness.Document([.. ArticleText.English, "Follow Example News", notice, "Terms of Use", "Privacy Policy"]);
        RuleHarness.AssertRule(RuleId, text, removed: [notice, "Terms of Use", "Privacy Policy"], kept: ArticleText.English);
    }

    [Fact]
    public void Keeps_a_long_paragraph_that_quotes_a_footer_phrase_when_prose_follows_it()
    {
        string quote = "The notice under every photograph read \"all rights reserved\", and the agency said on Tuesday that it had never " +
            "licensed the pictures to the campaign, which had printed them on leaflets, posters and the side of a bus that toured the county.";
        RuleHarness.AssertKeepsAmid(RuleId, ArticleText.English, quote);
    }

    [Fact]
    public void Keeps_a_long_closing_paragraph_that_starts_with_a_footer_word()
    {
        string closing = "Copyright claims against the archive have doubled since 2020, the report said, and most of them concern photographs " +
            "taken by residents during the floods, which the archive published without asking the people who took them.";
        string text = RuleHarness.Document([.. ArticleText.English, closing]);
        RuleHarness.AssertRule(RuleId, text, removed: [], kept: [.. ArticleText.English, closing]);
    }
}
