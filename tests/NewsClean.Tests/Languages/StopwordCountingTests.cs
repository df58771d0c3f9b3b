using System.Text;
using NewsClean.Languages;
using NewsClean.Tests.Support;
using Xunit;

namespace NewsClean.Tests.Languages;

/// <summary>
/// The detector's faster stopword counting must count exactly what the walks it replaced count: words found in a
/// bitmap of ASCII letters (<see cref="LanguageDetector.Stopwords.CountAsciiHits"/>) against the character-by-character walk
/// (<see cref="LanguageDetector.Stopwords.CountHits"/>), addresses skipped by their marks (<see cref="LanguageDetector.Stopwords.CountStopwords"/>)
/// against the old chunk-by-chunk test, script letters counted a vector at a time against a count character by
/// character, and the branch-free cuckoo table against a dictionary.
/// </summary>
public sealed class StopwordCountingTests
{
    private static readonly LanguageDetector Detector = LanguageDetector.Bundled;

    // Pieces random text is made of: stopwords of several languages in any case, words of the lengths where the
    // packing changes (12 and 13 letters) or a run crosses a bitmap word (over 64), non-ASCII letters that join a word
    // ('é', Turkish 'ı', Cyrillic, a combining accent), non-ASCII characters that part words (curly quotes, dashes,
    // no-break and ideographic spaces), and the marks of addresses.
    private static readonly string[] Pieces =
    [
        "the", "of", "and", "dan", "yang", "der", "die", "und", "le", "la", "de", "el", "que", "il", "het", "ini", "bir", "ve",
        "a", "I", "y", "o", "x", "Q", "abcdefghijkl", "Abcdefghijklm", "nevertheless", "notwithstanding", "furthermore",
        "caf", "é", "café", "bır", "BIR", "и", "в", "что", "не", "\u0301", "東京", "ของ",
        " ", " ", " ", "  ", "\t", "\n", "\u00A0", "\u3000", "\u2009", ".", ",", ";", "!", "?", "(", ")", "\"", "'", "-", "0", "42", "2024",
        "’", "“", "”", "—", "–", "…", "•", "©", "€", "😀", "\uD800",
        "@", ":", "://", "www.", "WWW.", "wWw.", "http://example.com", "news@example.com", "mailto:a@b.c", "www.example.org", "x:y",
    ];

    [Fact]
    public void Bitmap_count_equals_the_walk_on_every_dev_line()
    {
        int lines = 0;
        foreach (string line in DevCorpusLines.All)
        {
            AssertBitmapCountEqualsWalk(line);
            lines++;
        }

        Assert.True(lines > 20_000, $"only {lines} dev lines found");
    }

    [Fact]
    public void Bitmap_count_equals_the_walk_on_random_text()
    {
        var random = new Random(5);
        for (int i = 0; i < 20_000; i++)
        {
            AssertBitmapCountEqualsWalk(RandomText(random, i % 100 == 0 ? 6_000 : 200));
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("a")]
    [InlineData("the")]
    [InlineData("The cat and the hat")]
    [InlineData("“Quoted” words — and a dash’s end…")]
    [InlineData("café and the bır")]
    [InlineData("abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz the")]
    public void Bitmap_count_equals_the_walk_on_edge_cases(string text) => AssertBitmapCountEqualsWalk(text);

    [Fact]
    public void Bitmap_count_equals_the_walk_across_the_piece_limit()
    {
        // Text longer than a piece is cut at an ASCII character that is no letter; a cut must not split a word.
        var builder = new StringBuilder();
        while (builder.Length < 3 * AsciiLetterRuns.MaxLength)
        {
            builder.Append("the ").Append(new string('w', 61)).Append("’and—of ");
        }

        AssertBitmapCountEqualsWalk(builder.ToString());
        AssertBitmapCountEqualsWalk(new string('a', AsciiLetterRuns.MaxLength + 5) + " the and");
        AssertBitmapCountEqualsWalk(new string('é', AsciiLetterRuns.MaxLength + 5) + " the and");
    }

    [Fact]
    public void Address_skipping_equals_the_chunk_walk_on_every_dev_line()
    {
        foreach (string line in DevCorpusLines.All)
        {
            AssertAddressSkippingEqualsChunkWalk(line);
        }
    }

    [Fact]
    public void Address_skipping_equals_the_chunk_walk_on_random_text()
    {
        var random = new Random(7);
        for (int i = 0; i < 20_000; i++)
        {
            AssertAddressSkippingEqualsChunkWalk(RandomText(random, 300));
        }
    }

    [Fact]
    public void Script_counts_equal_a_count_character_by_character()
    {
        // The letters of each script: ASCII letters are counted eight at a time, only other characters are looked up.
        var random = new Random(13);
        foreach (string text in DevCorpusLines.All.Concat(Enumerable.Range(0, 20_000).Select(_ => RandomText(random, 100))))
        {
            var expected = new int[WritingScripts.Count];
            foreach (char c in text)
            {
                if (char.IsAscii(c))
                {
                    expected[(int)WritingScript.Latin] += char.IsAsciiLetter(c) ? 1 : 0;
                }
                else
                {
                    expected[(int)WritingScripts.Of(c)]++;
                }
            }

            expected[(int)WritingScript.Other] = 0;
            var evidence = new int[Detector.EvidenceLength];
            Detector.Measure(text, evidence);
            Assert.True(expected.AsSpan().SequenceEqual(evidence.AsSpan(0, WritingScripts.Count)), $"script counts differ for \"{text}\"");
        }
    }

    [Fact]
    public void Packed_table_finds_every_listed_word_and_nothing_else()
    {
        var random = new Random(11);
        var listed = new Dictionary<string, ulong>(StringComparer.Ordinal);
        while (listed.Count < 6_000)
        {
            listed[RandomWord(random)] = (ulong)random.NextInt64(1, long.MaxValue);
        }

        var table = new PackedAsciiWords(listed);
        foreach (var (word, value) in listed)
        {
            Assert.Equal(value, table.Find(PackedAsciiWords.Pack(word)));
            Assert.Equal(value, table.Find(PackedAsciiWords.Pack(word.ToLowerInvariant())));
        }

        for (int i = 0; i < 50_000; i++)
        {
            string word = RandomWord(random);
            Assert.Equal(listed.GetValueOrDefault(word), table.Find(PackedAsciiWords.Pack(word)));
        }

        Assert.Equal(0UL, new PackedAsciiWords(new Dictionary<string, ulong>()).Find(PackedAsciiWords.Pack("THE")));

        // The same word in two cases packs alike: its values merge.
        var twice = new PackedAsciiWords(new Dictionary<string, ulong> { ["THE"] = 1, ["the"] = 4, ["AND"] = 2 });
        Assert.Equal(5UL, twice.Find(PackedAsciiWords.Pack("The")));
        Assert.Equal(2UL, twice.Find(PackedAsciiWords.Pack("and")));
    }

    private static void AssertBitmapCountEqualsWalk(string text)
    {
        var walked = new int[64];
        var laidOut = new int[64];
        int walkedWords = Detector.Stopwords.CountHits(text, walked);
        int laidOutWords = Detector.Stopwords.CountAsciiHits(text, laidOut);
        Assert.True(walkedWords == laidOutWords && walked.AsSpan().SequenceEqual(laidOut), $"counts differ for \"{text}\"");
    }

    private static void AssertAddressSkippingEqualsChunkWalk(string text)
    {
        var chunked = new int[64];
        var skipped = new int[64];
        int chunkedWords = CountByChunks(text, chunked);
        int skippedWords = Detector.Stopwords.CountStopwords(text, skipped);
        Assert.True(chunkedWords == skippedWords && chunked.AsSpan().SequenceEqual(skipped), $"counts differ for \"{text}\"");
    }

    /// <summary>The counting <see cref="LanguageDetector.Stopwords.CountStopwords"/> replaced: every whitespace-free chunk that is no address, one by one.</summary>
    private static int CountByChunks(ReadOnlySpan<char> sample, Span<int> hits)
    {
        int words = 0;
        int i = 0;
        while (i < sample.Length)
        {
            while (i < sample.Length && char.IsWhiteSpace(sample[i]))
            {
                i++;
            }

            int start = i;
            while (i < sample.Length && !char.IsWhiteSpace(sample[i]))
            {
                i++;
            }

            var chunk = sample[start..i];
            bool address = chunk.Contains("://", StringComparison.Ordinal) || chunk.StartsWith("www.", StringComparison.OrdinalIgnoreCase) || chunk.Contains('@');
            if (!address)
            {
                words += Detector.Stopwords.CountHits(chunk, hits);
            }
        }

        return words;
    }

    private static string RandomText(Random random, int maxPieces)
    {
        var builder = new StringBuilder();
        int pieces = random.Next(maxPieces + 1);
        for (int i = 0; i < pieces; i++)
        {
            builder.Append(random.Next(10) switch
            {
                0 => RandomWord(random),
                1 => new string((char)('a' + random.Next(26)), random.Next(1, 140)),
                _ => Pieces[random.Next(Pieces.Length)],
            });
        }

        return builder.ToString();
    }

    private static string RandomWord(Random random)
    {
        var word = new char[random.Next(1, PackedAsciiWords.MaxLength + 1)];
        for (int k = 0; k < word.Length; k++)
        {
            word[k] = (char)('A' + random.Next(26));
        }

        return new string(word);
    }
}
