using Xunit;

namespace NewsClean.Tests.Safety;

/// <summary>
/// The pipeline keeps per-thread buffers between calls. A test run warms them up, which once hid a crash on a
/// thread's very first, very short document; each case here runs on a thread that has never cleaned anything.
/// </summary>
public class FreshThreadTests
{
    [Theory]
    [InlineData("Jakarta")]
    [InlineData("a")]
    [InlineData("")]
    [InlineData("\n\n")]
    [InlineData("Ja\u200Bkarta")]
    [InlineData("Headline\n\nParagraph.")]
    public void The_first_document_on_a_new_thread_is_cleaned(string text)
    {
        string? clean = null, html = null;
        Exception? failure = null;
        var thread = new Thread(() =>
        {
            try
            {
                clean = NewsCleaner.Clean(text);
                html = NewsCleaner.CleanHtml("<p>" + text + "</p>");
            }
            catch (Exception ex)
            {
                failure = ex;
            }
        });
        thread.Start();
        thread.Join();

        Assert.Null(failure);
        Assert.Equal(string.Join("\n\n", text.Replace("\u200B", "", StringComparison.Ordinal).Split('\n', StringSplitOptions.RemoveEmptyEntries)), clean);
        Assert.NotNull(html);
    }
}
