using Xunit;

namespace NewsClean.Tests.Languages;

/// <summary>Phrase matching at word boundaries in scripts without spaces (CJK) and with combining marks (Devanagari).</summary>
public sealed class PhraseMatcherScriptTests
{
    [Fact]
    public void Substring_phrase_matches_inside_unspaced_CJK_text()
    {
        // "友だち追加して最新" follows the kana "は" with no space: in Japanese every character edge is a word boundary.
        const string prompt = "毎朝のニュースは友だち追加して最新情報をチェック";
        var result = NewsCleaner.CleanWithTrace($"日銀、政策金利を据え置き\n{prompt}\n日本銀行は十九日の金融政策決定会合で、政策金利を据え置くことを決めた。市場の予想通りの結果となった。");

        Assert.Contains(result.Removals, r => r.RuleId == "social.prompt" && r.Text == prompt);
        Assert.Contains("日本銀行は十九日の金融政策決定会合で", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Long_CJK_prose_that_mentions_a_phrase_is_kept()
    {
        string prose = "记者了解到，不少市民已经习惯在看完新闻后关注公众号获取更多信息，这种阅读方式在年轻人中尤其普遍，相关平台的用户数量也在持续增长。";

        Assert.Equal(prose, NewsCleaner.Clean(prose));
    }

    [Fact]
    public void Prefix_ending_in_a_Devanagari_vowel_sign_matches_before_a_colon()
    {
        // "पढ़ें" ends in the vowel sign "ें", which is a combining mark, not a letter.
        var result = NewsCleaner.CleanWithTrace("यह भी पढ़ें: शेयर बाजार में भारी गिरावट\nभारतीय रिजर्व बैंक ने शुक्रवार को अपनी मौद्रिक नीति समीक्षा में रेपो दर को स्थिर रखने का फैसला किया है।");

        Assert.Contains(result.Removals, r => r.RuleId == "related.inline" && r.Text.StartsWith("यह भी पढ़ें", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Hindi_prompt_matches_with_either_nukta_spelling(bool precomposed)
    {
        // "ढ़" is written either as ढ + nukta (U+0922 U+093C, the NFC form) or as the single code point U+095D.
        string prompt = "यह भी पढ़ें: सेंसेक्स 800 अंक टूटा".Normalize(System.Text.NormalizationForm.FormD);
        if (precomposed)
        {
            prompt = prompt.Replace("\u0922\u093C", "\u095D", StringComparison.Ordinal);
        }

        var result = NewsCleaner.CleanWithTrace(prompt + "\nभारतीय रिजर्व बैंक ने शुक्रवार को अपनी मौद्रिक नीति समीक्षा में रेपो दर को स्थिर रखने का फैसला किया है।");

        Assert.Equal(precomposed, prompt.Contains('\u095D', StringComparison.Ordinal));
        Assert.Contains(result.Removals, r => r.RuleId == "related.inline" && r.Text == prompt);
    }

    [Fact]
    public void Devanagari_word_that_merely_starts_like_a_prefix_is_not_a_match()
    {
        // "रिपोर्टों" (reports) starts with the staff label "रिपोर्ट" but goes on with a vowel sign: same word, no label.
        string line = "रिपोर्टों के मुताबिक सरकार जल्द ही नई नीति की घोषणा करेगी";

        var result = NewsCleaner.CleanWithTrace(line);

        Assert.DoesNotContain(result.Removals, r => r.RuleId == "credits.staff");
    }
}
