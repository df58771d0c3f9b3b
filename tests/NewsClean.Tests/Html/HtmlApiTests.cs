using Xunit;

namespace NewsClean.Tests.Html;

/// <summary>Argument checks and thread safety of the CleanHtml entry points.</summary>
public class HtmlApiTests
{
    [Fact]
    public void Null_html_throws_ArgumentNullException()
    {
        Assert.Throws<ArgumentNullException>("html", () => NewsCleaner.CleanHtml(null!));
        Assert.Throws<ArgumentNullException>("html", () => NewsCleaner.CleanHtml(null!, NewsCleaner.Default));
        Assert.Throws<ArgumentNullException>("html", () => NewsCleaner.CleanHtmlWithTrace(null!));
        Assert.Throws<ArgumentNullException>("html", () => NewsCleaner.CleanHtmlWithTrace(null!, NewsCleaner.Default));
    }

    [Fact]
    public void A_null_pipeline_throws_ArgumentNullException()
    {
        Assert.Throws<ArgumentNullException>("pipeline", () => NewsCleaner.CleanHtml("<p>x</p>", null!));
        Assert.Throws<ArgumentNullException>("pipeline", () => NewsCleaner.CleanHtmlWithTrace("<p>x</p>", null!));
    }

    [Fact]
    public void One_pipeline_used_from_many_threads_gives_the_single_threaded_results()
    {
        string[] pages =
        [
            HtmlPages.Page(),
            HtmlPages.Page(inside: "<div class=\"share\">Share this</div><figure><figcaption>Caption</figcaption></figure>"),
            HtmlPages.Page(around: "<nav>Home News</nav><aside><p>Weather today is sunny with light winds from the west.</p></aside>", headline: "Second story"),
            HtmlPages.Page(inside: "<p>Follow us on Twitter for the latest council news.</p>", headline: "Third story"),
        ];
        var pipeline = NewsCleaner.CreateBuilder().Build();
        string[] expected = [.. pages.Select(p => NewsCleaner.CleanHtml(p, pipeline))];
        int[] expectedRemovals = [.. pages.Select(p => NewsCleaner.CleanHtmlWithTrace(p, pipeline).Removals.Count)];

        var failures = new System.Collections.Concurrent.ConcurrentBag<int>();
        Parallel.For(0, 400, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            int page = i % pages.Length;
            bool same = i % 2 == 0
                ? NewsCleaner.CleanHtml(pages[page], pipeline) == expected[page]
                : NewsCleaner.CleanHtmlWithTrace(pages[page], pipeline).Removals.Count == expectedRemovals[page];
            if (!same)
            {
                failures.Add(i);
            }
        });

        Assert.Empty(failures);
        Assert.All(expected, text => Assert.Contains(HtmlPages.Para1, text, StringComparison.Ordinal));
    }
}
