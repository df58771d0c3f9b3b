using NewsClean.Tests.Support;
using Xunit;

namespace NewsClean.Tests.Safety;

public class IdempotenceTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Cleaning_a_cleaned_article_changes_nothing(int seed)
    {
        var random = new RandomText(seed);
        for (int i = 0; i < 300; i++)
        {
            string text = random.Article(RandomText.LinePool, maxLines: 40);
            string once = NewsCleaner.Clean(text);
            string twice = NewsCleaner.Clean(once);
            Assert.True(once == twice, $"Not idempotent (seed {seed}, case {i}).\n--- input\n{text}\n--- once\n{once}\n--- twice\n{twice}");
        }
    }

    [Fact]
    public void Cleaning_cleaned_garbage_changes_nothing()
    {
        var random = new RandomText(seed: 99);
        for (int i = 0; i < 1_000; i++)
        {
            string text = random.Garbage(maxLength: 300);
            string once = NewsCleaner.Clean(text);
            Assert.True(once == NewsCleaner.Clean(once), $"Not idempotent on case {i}: {Escape(text)}");
        }
    }

    private static string Escape(string text) => string.Concat(text.Select(c => c is >= ' ' and < '\u007F' ? c.ToString() : $"\\u{(int)c:X4}"));
}
