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
    public void Removes_copyright_and_footer_lines_from_an_English_article(string footer) =>
        RuleHarness.AssertRemovedAmid(RuleId, ArticleText.English, footer);

    [Theory]
    [InlineData("Hak Cipta Dilindungi Undang-Undang")]
    [InlineData("Pedoman Media Siber")]
    public void Removes_footer_lines_from_an_Indonesian_article(string footer) =>
        RuleHarness.AssertRemovedAmid(RuleId, ArticleText.Indonesian, footer);

    [Theory]
    [InlineData("The copyright of the photographs belongs to the residents who took them, the museum said.")]
    [InlineData("Contacts between the agency and the council were frequent during the night")]
    public void Keeps_English_prose_that_mentions_footer_words(string content) =>
        RuleHarness.AssertKeepsAmid(RuleId, ArticleText.English, content);

    [Theory]
    [InlineData("Kontak tembak antara aparat dan kelompok bersenjata terjadi di Intan Jaya pada Selasa pagi.")]
    public void Keeps_Indonesian_prose_that_starts_with_a_footer_word(string content) =>
        RuleHarness.AssertKeepsAmid(RuleId, ArticleText.Indonesian, content);
}
