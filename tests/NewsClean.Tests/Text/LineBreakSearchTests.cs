using System.Text;
using NewsClean.Text;
using Xunit;

namespace NewsClean.Tests.Text;

/// <summary>
/// <see cref="CharClass.IndexOfLineBreak"/> (an ASCII range search, then the three other breaks before it) must find
/// what a search for any of <see cref="CharClass.LineBreaks"/> finds.
/// </summary>
public sealed class LineBreakSearchTests
{
    [Fact]
    public void Finds_every_code_unit_the_set_search_finds_wherever_it_stands()
    {
        // Each UTF-16 code unit alone, at the start, inside a long run and after another break.
        for (int c = 0; c <= char.MaxValue; c++)
        {
            string unit = ((char)c).ToString();
            foreach (string text in new[] { unit, "abc" + unit, new string('x', 40) + unit + "tail\n", "a\u2028b" + unit, unit + "\r\n" })
            {
                Assert.Equal(text.AsSpan().IndexOfAny(CharClass.LineBreaks), CharClass.IndexOfLineBreak(text));
            }
        }
    }

    [Fact]
    public void Finds_what_the_set_search_finds_in_random_text()
    {
        const string Pieces = "ab \t\r\n\v\f\u0085\u2028\u2029\u2027\u202A\u0084\u0086\u000E\u0009.é東";
        var random = new Random(3);
        for (int i = 0; i < 50_000; i++)
        {
            var builder = new StringBuilder();
            int length = random.Next(i % 50 == 0 ? 400 : 40);
            for (int k = 0; k < length; k++)
            {
                builder.Append(random.Next(4) == 0 ? Pieces[random.Next(Pieces.Length)] : 'x');
            }

            string text = builder.ToString();
            Assert.Equal(text.AsSpan().IndexOfAny(CharClass.LineBreaks), CharClass.IndexOfLineBreak(text));
        }
    }
}
