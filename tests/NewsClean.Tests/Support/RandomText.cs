using System.Text;

namespace NewsClean.Tests.Support;

/// <summary>Seeded generators of hostile and article-like text, so every failure reproduces from its seed.</summary>
internal sealed class RandomText(int seed)
{
    private static readonly string[] Separators = ["\n", "\n\n", "\r\n", "\r\n\r\n", "\r", "\u2028", "\n \t\n", "\n\u00A0\n", "\n\n\n\n"];

    // Characters that steer the normaliser, the HTML scan and the rules: breaks, spaces, invisibles, markup, brackets.
    private const string Interesting = "\r\n\t \u00A0\u2028\u2029\u0085\u200B\u00AD\uFEFF\u200D&;#<>/()[]:.,!?\"'“”«»•|-—©@0123456789aAzZ";

    private readonly Random random = new(seed);

    /// <summary>Any UTF-16 code units, lone surrogates and control characters included, biased towards interesting ones.</summary>
    public string Garbage(int maxLength)
    {
        int length = random.Next(maxLength + 1);
        var builder = new StringBuilder(length);
        for (int i = 0; i < length; i++)
        {
            builder.Append(random.Next(4) switch
            {
                0 => (char)random.Next(0, 0x10000),
                1 => (char)random.Next(0xD800, 0xE000),
                2 => (char)random.Next(0, 0x20),
                _ => Interesting[random.Next(Interesting.Length)],
            });
        }

        return builder.ToString();
    }

    /// <summary>Real article and boilerplate lines in random order, joined by assorted breaks, some with stray spacing or markup.</summary>
    public string Article(IReadOnlyList<string> pool, int maxLines)
    {
        int lines = 1 + random.Next(maxLines);
        var builder = new StringBuilder();
        for (int i = 0; i < lines; i++)
        {
            if (i > 0)
            {
                builder.Append(Separators[random.Next(Separators.Length)]);
            }

            string line = pool[random.Next(pool.Count)];
            builder.Append(random.Next(6) switch
            {
                0 => "  " + line.Replace(" ", "\u00A0 ", StringComparison.Ordinal) + "\t",
                1 => line.Replace(" ", " &nbsp;", StringComparison.Ordinal),
                2 => line + "<br>",
                3 => "\u200B" + line,
                _ => line,
            });
        }

        return builder.ToString();
    }

    /// <summary>Article and boilerplate lines from the test texts and the medcom sample.</summary>
    public static IReadOnlyList<string> LinePool { get; } = BuildPool();

    private static List<string> BuildPool()
    {
        var pool = new List<string>(ArticleText.English);
        pool.AddRange(ArticleText.Indonesian);
        pool.AddRange(
        [
            "ADVERTISEMENT", "Scroll to continue with content", "Follow us on Twitter", "Facebook Twitter WhatsApp", "Facebook", "Twitter",
            "Baca juga: Korsel Panggil Dubes Rusia", "Baca juga:", "Korsel Panggil Dubes Rusia", "Read more: Flood warnings issued for the Severn",
            "TERKAIT", "BERITA LAINNYA", "More stories", "Sign up for our daily newsletter", "We use cookies to improve your experience on our site.",
            "Accept all", "Subscribe to continue reading", "(WIL)", "Editor: Jane Doe", "Medcom • 22 Oktober 2024 14:18", "Photo: Reuters",
            "Korea Utara diduga mengirim tentaranya ke Rusia. (EPA)", "© 2024 Medcom.id. All rights reserved.", "osc.medcom.id",
            "Cek Berita dan Artikel yang lain di", "Google News", "Comments", "Leave a Reply", "News", "World", "Sport",
            "Langkah ini membuka babak baru dalam konflik yang semakin melibatkan banyak pihak internasional. (Angel Rinella)",
            "AT&T and R&D budgets", "If a < b and c > d, the barrier closes.", "Tom &amp; Jerry", "<p>Paragraf satu.</p><p>Paragraf dua.</p>",
            // Fragments a scraper breaks off at inline links, which Clean joins back; joined lines must stay stable.
            ", 2019", ", Indonesia, on Monday.", ") in the third quarter", "; the talks ended late.", "Nov 10 11 photos", "32M ago",
            "Tags: flood, Thames", "Like this:",
        ]);
        string sample = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Cases", "medcom-id", "input.txt"));
        pool.AddRange(sample.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return pool;
    }
}
