using NewsClean.Html;
using Xunit;

namespace NewsClean.Tests.Html;

/// <summary>Which class, id and label values name page furniture.</summary>
public class BoilerplateNamesTests
{
    [Theory]
    [InlineData("ad", "ad")]
    [InlineData("top-ad banner", "ad")]
    [InlineData("sidebarAds", "sidebar")]
    [InlineData("div-gpt-ad-1445608536739-0", "ad")]
    [InlineData("adsbygoogle", "adsbygoogle")]
    [InlineData("social_share", "social")]
    [InlineData("relatedPosts", "related")]
    [InlineData("rail rail--trending", "trending")]
    [InlineData("most-read", "mostread")]
    [InlineData("tag", "tag")]
    [InlineData("Share on Facebook", "share")]
    [InlineData("about-the-author", "author box")]
    public void Furniture_names_match(string value, string word) => Assert.Equal(word, BoilerplateNames.Match(value));

    [Theory]
    [InlineData("head")]
    [InlineData("masthead")]
    [InlineData("shadow")]
    [InlineData("download")]
    [InlineData("loaded lead")]
    [InlineData("badge")]
    [InlineData("tag-politics category-news")]
    [InlineData("entry-content")]
    [InlineData("subscriber-only paywall")]
    [InlineData("commentary")]
    [InlineData("article-body")]
    public void Names_that_merely_contain_a_furniture_word_do_not_match(string value) => Assert.Null(BoilerplateNames.Match(value));
}
