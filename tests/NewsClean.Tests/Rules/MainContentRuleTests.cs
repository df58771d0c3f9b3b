using NewsClean.Tests.Support;
using Xunit;

namespace NewsClean.Tests.Rules;

public class MainContentRuleTests
{
    private const string RuleId = "structure.main-content";

    // A whole page's innerText: a site header and menu, the article, then teasers and a footer.
    private static readonly string[] Header =
    [
        "The Riverside Gazette", "Subscribe", "Sign in", "Home", "News", "Politics", "Business", "Sport", "Weather", "Opinion",
    ];

    private static readonly string[] Footer =
    [
        "Most read", "Storm Ciaran batters southern England", "Council tax to rise by five percent", "Why the barrier closes more often",
        "Ferry services suspended until Friday", "About us", "Contact", "Privacy policy", "Terms and conditions", "© 2024 The Riverside Gazette",
    ];

    [Fact]
    public void Removes_the_page_around_the_article_and_keeps_the_article_with_its_headline()
    {
        string text = RuleHarness.Document([.. Header, .. ArticleText.English, .. Footer]);

        var full = NewsCleaner.CleanWithTrace(text);

        Assert.Equal(RuleHarness.Document(ArticleText.English), full.Text);
        Assert.Contains(full.Removals, r => r.RuleId == RuleId);
    }

    [Fact]
    public void Removes_a_sidebar_of_Japanese_headlines_with_commas_after_the_article()
    {
        // Japanese headlines run past 30 characters and carry a comma ("タクシー不足が深刻化、…"); they are a teaser list, not
        // prose that extends the article.
        string[] article =
        [
            "市営バス、来月から深夜便を増発",
            "市交通局は２０日、来月１日から市営バスの深夜便を平日に限って増発すると発表した。対象は中央駅と北部の住宅地を結ぶ３路線で、終発を約３０分繰り下げる。",
            "同局によると、昨年行った利用者アンケートで「終電後の帰宅手段がない」との回答が全体の４割を超えた。運転手の確保にめどが立ったことから、増発を決めたという。",
            "運賃は通常と同じで、ＩＣカードも利用できる。同局は「利用状況を見ながら、週末の運行も検討したい」としている。",
        ];
        string[] sidebar =
        [
            "注目の地域ニュース",
            "市営地下鉄、終電を２０分繰り下げ　来春のダイヤ改正で利用者の声に対応",
            "タクシー不足が深刻化、深夜の駅前に長い列　業界団体が運転手の採用を強化",
            "路線バスの運転手不足、全国の事業者の７割が「減便を検討」と回答",
            "駅前再開発、第２期工事が着工　商業施設と市立図書館が入る複合ビルに",
        ];
        var result = NewsCleaner.CleanWithTrace(RuleHarness.Document([.. article, "ツイート", "シェアする", .. sidebar]));

        Assert.Equal(RuleHarness.Document(article), result.Text);
        Assert.Contains(result.Removals, r => r.RuleId == RuleId && r.Text.Contains(sidebar[3], StringComparison.Ordinal));
    }

    [Fact]
    public void Leaves_an_article_without_surroundings_alone()
    {
        string text = RuleHarness.Document(ArticleText.English);
        var result = RuleHarness.Only(RuleId).CleanWithTrace(text);
        Assert.Empty(result.Removals);
        Assert.Same(text, result.Text);
    }

    [Fact]
    public void Leaves_a_document_with_little_prose_alone()
    {
        string text = RuleHarness.Document([.. Header, ArticleText.EnglishHeadline, ArticleText.EnglishOneLiner, .. Footer]);
        Assert.Empty(RuleHarness.Only(RuleId).CleanWithTrace(text).Removals);
    }

    [Fact]
    public void Keeps_a_short_list_and_a_sign_off_after_the_article()
    {
        // A few short lines after the text are its own tail, not page furniture.
        string[] tail = ["Flood helpline numbers:", "Thames: 0345 988 1188", "Medway: 0345 988 1189", "Reporting by Priya Shah"];
        string text = RuleHarness.Document([.. ArticleText.English, .. tail]);
        var result = RuleHarness.Only(RuleId).CleanWithTrace(text);
        Assert.Empty(result.Removals);
    }

    [Fact]
    public void Boilerplate_other_rules_removed_after_the_article_counts_towards_the_page_furniture()
    {
        // Four menu labels with social prompts between them after the article: a footer. Before the fix the four kept
        // labels alone were "a short tail", so removing more boilerplate saved the rest of the footer.
        string[] footer = ["About us", "Follow us on Twitter", "Contact", "Like us on Facebook", "Careers", "FOLLOW US", "Privacy", "Follow us on Instagram"];
        var pipeline = new CleaningPipelineBuilder().UseRules("social.prompt", RuleId).Build();
        var result = pipeline.CleanWithTrace(RuleHarness.Document([.. ArticleText.English, .. footer]));

        Assert.Equal(RuleHarness.Document(ArticleText.English), result.Text);
        Assert.True(new[] { "About us", "Contact", "Careers", "Privacy" }.SequenceEqual(RuleHarness.RemovedLines(result, RuleId)), RuleHarness.Describe(result));
    }

    // A shopping guide's product cards under its text: a name, one- and two-word features, a price on its own line.
    internal static readonly string[] ProductCards =
    [
        "Riverside Flood Barrier Kit\nWaterproof\nReusable\nFits doors up to 1m\n$89.99\nAvailable from Amazon\nBuy Now",
        "Thames Pump Pro 2\nSubmersible\nAuto shut-off\nQuiet motor\n$149.00\nAvailable from Amazon\nBuy Now",
        "Sandless Sandbags (Pack of 10)\nLightweight\nSwells in water\n$39.95\nAvailable from Amazon\nBuy Now",
    ];

    [Fact]
    public void A_shopping_guides_product_cards_after_its_text_stay()
    {
        string text = RuleHarness.Document([.. ArticleText.English, .. ProductCards]);
        var result = RuleHarness.Only(RuleId).CleanWithTrace(text);

        Assert.True(result.Removals.Count == 0, RuleHarness.Describe(result));
    }

    [Fact]
    public void A_label_over_the_product_cards_and_a_photo_credit_past_them_are_no_page_furniture()
    {
        string text = RuleHarness.Document([.. ArticleText.English, "Don't Miss", .. ProductCards, "Image Source: Jane Doe / Shutterstock"]);
        var result = NewsCleaner.CleanWithTrace(text);

        Assert.Equal(ArticleWithCards, result.Text);
    }

    [Fact]
    public void Without_their_prices_the_same_short_lines_after_the_text_read_as_a_menu()
    {
        string[] cards = [.. ProductCards.Select(card => string.Join('\n', card.Split('\n').Where(line => !line.StartsWith('$'))))];
        var result = RuleHarness.Only(RuleId).CleanWithTrace(RuleHarness.Document([.. ArticleText.English, .. cards]));

        Assert.Equal(RuleHarness.Document(ArticleText.English), result.Text);
    }

    [Fact]
    public void The_page_furniture_after_product_cards_still_goes()
    {
        var result = NewsCleaner.CleanWithTrace(RuleHarness.Document([.. ArticleText.English, .. ProductCards, .. Footer]));

        Assert.Equal(ArticleWithCards, result.Text);
    }

    // Clean writes each kept line as a paragraph of its own.
    private static readonly string ArticleWithCards = RuleHarness.Document([.. ArticleText.English, .. ProductCards.SelectMany(card => card.Split('\n'))]);

    [Fact]
    public void A_comment_block_removed_after_the_article_does_not_make_its_last_lines_look_like_a_footer()
    {
        // The article ends with a quote without a full stop and a subheading; the comments other rules removed come after.
        string[] ending = ["\"We will not leave until the water is gone,\" said Maria Lopez, who runs the café on the embankment", "What happens next"];
        string[] comments = ["Follow us on Twitter", "Like us on Facebook", "FOLLOW US", "Follow us on Instagram"];
        var pipeline = new CleaningPipelineBuilder().UseRules("social.prompt", RuleId).Build();
        var result = pipeline.CleanWithTrace(RuleHarness.Document([.. ArticleText.English, .. ending, .. comments]));

        Assert.Equal(RuleHarness.Document([.. ArticleText.English, .. ending]), result.Text);
    }

    [Fact]
    public void The_text_does_not_grow_over_a_removed_block_to_a_sentence_beyond_it()
    {
        // A footer's promo sentence sits below four lines other rules removed: it is not the article's last sentence.
        string[] footer =
        [
            "Follow us on Twitter", "Like us on Facebook", "FOLLOW US", "Follow us on Instagram",
            "Our newsroom delivers the news from the river towns every morning, with the stories you know and trust.",
            "About us", "Contact", "Careers", "Privacy",
        ];
        var pipeline = new CleaningPipelineBuilder().UseRules("social.prompt", RuleId).Build();
        var result = pipeline.CleanWithTrace(RuleHarness.Document([.. ArticleText.English, .. footer]));

        Assert.Equal(RuleHarness.Document(ArticleText.English), result.Text);
    }

    [Fact]
    public void A_quote_without_a_full_stop_before_more_sentences_does_not_end_the_article()
    {
        // Short sentences after an unfinished quote and an ad weigh little, but the quote leads on to them: they are the text's.
        string[] article = [ArticleText.EnglishHeadline, ArticleText.EnglishProse1, ArticleText.EnglishProse2];
        string[] tail =
        [
            "\"We built it for nights like this, and it did exactly what we asked of it\", said chief engineer Priya Shah",
            "ADVERTISEMENT", "The path reopened at dawn.", "Crews checked the gates.",
            "Engineers will inspect the ten steel gates again on Thursday before the next high tide reaches the estuary.",
        ];
        var pipeline = new CleaningPipelineBuilder().UseRules("ads.line", RuleId).Build();
        var result = pipeline.CleanWithTrace(RuleHarness.Document([.. Header, .. article, .. tail, .. Footer]));

        Assert.Equal(RuleHarness.Document([.. article, tail[0], .. tail[2..]]), result.Text);
    }

    [Fact]
    public void A_quote_without_a_full_stop_before_the_footer_is_not_a_bridge()
    {
        string quote = "\"We will be back next season, stronger than ever\", the club wrote on its page of news, videos and match reports";
        var result = RuleHarness.Only(RuleId).CleanWithTrace(RuleHarness.Document([.. Header, .. ArticleText.English, quote, .. Footer]));

        Assert.Contains(quote, RuleHarness.RemovedLines(result, RuleId));
    }

    [Fact]
    public void A_closing_quote_without_a_full_stop_right_before_boilerplate_other_rules_removed_ends_the_article()
    {
        // The page's boilerplate starts directly under the quote ("Read more: …", the tags): the quote is the text's last line.
        string quote = "\"We were ready for this, and the barrier did exactly what it was built to do,\" said chief engineer Priya Shah";
        string[] tail = ["Read more: Why the barrier is closing more often than ever", "Tags:", "Thames", "Flooding", "Greenwich"];
        var result = NewsCleaner.CleanWithTrace(RuleHarness.Document([.. Header, .. ArticleText.English, quote, .. tail, .. Footer]));

        Assert.Equal(RuleHarness.Document([.. ArticleText.English, quote]), result.Text);
    }

    [Fact]
    public void Removed_boilerplate_does_not_make_a_short_tail_after_the_article_look_like_a_footer()
    {
        // The article's own tail (a helpline list) beside one ad line stays.
        string[] tail = ["Flood helpline numbers:", "Thames: 0345 988 1188", "ADVERTISEMENT", "Medway: 0345 988 1189"];
        var pipeline = new CleaningPipelineBuilder().UseRules("ads.line", RuleId).Build();
        var result = pipeline.CleanWithTrace(RuleHarness.Document([.. ArticleText.English, .. tail]));

        Assert.Equal(RuleHarness.Document([.. ArticleText.English, "Flood helpline numbers:", "Thames: 0345 988 1188", "Medway: 0345 988 1189"]), result.Text);
    }

    [Fact]
    public void The_headline_is_the_line_above_the_text_that_shares_its_words_not_the_nearest_box()
    {
        // A newsletter box sits between the headline and the text; it is headline-shaped but shares no word with the lede.
        string[] top = [.. Header, "Barrier holds as the Thames reaches a record height", "Breaking News Emails"];
        var result = RuleHarness.Only(RuleId).CleanWithTrace(RuleHarness.Document([.. top, .. ArticleText.English[1..], .. Footer]));

        var paragraphs = result.Text.Split("\n\n");
        Assert.Equal("Barrier holds as the Thames reaches a record height", paragraphs[0]);
        Assert.Contains("Breaking News Emails", RuleHarness.RemovedLines(result, RuleId));
        Assert.Equal(ArticleText.English[1..], paragraphs[1..]);
    }

    [Fact]
    public void A_recipes_ingredients_between_its_intro_and_its_steps_stay()
    {
        // Short rows that start with an amount cost the intro its join to the steps when they count as menu lines.
        string[] recipe =
        [
            "Lentil Soup the Way the Corner Café Makes It",
            "Red lentil soup is cheap and filling, which is why it is on the menu of almost every café in town on cold days.",
            "It serves four.",
            "Ingredients", "1 cup red lentils", "1 onion", "1 carrot", "1 tablespoon flour", "2 tablespoons butter", "6 cups hot water",
            "For the sauce", "1 tablespoon butter", "1 teaspoon chilli flakes", "1 teaspoon dried mint",
            "ADVERTISEMENT",
            "Method",
            "1. Dice the onion and the carrot and fry them in the butter until the onion turns soft and golden.",
            "2. Stir in the flour and cook for one more minute, then add the washed lentils and the hot water.",
            "3. Simmer for 25 minutes with the lid on, then blend the soup until it is completely smooth.",
            "4. Melt the butter for the sauce, stir in the chilli and the mint, and pour it over the soup.",
        ];
        var result = NewsCleaner.CleanWithTrace(RuleHarness.Document([.. Header, .. recipe, .. Footer]));

        Assert.Equal(RuleHarness.Document([.. recipe[..14], .. recipe[15..]]), result.Text);
    }

    [Fact]
    public void A_reviews_pros_and_cons_before_its_verdict_stay()
    {
        // The lists of short lines sit between the text and its last sentence, behind an ad label another rule removed.
        string[] lists = ["Pros", "Light", "Good sound for the price", "Useful noise cancelling", "Cons", "Short battery life", "No app"];
        const string verdict = "For a first pair of wireless earbuds, or a spare pair for the commute, they are well worth a look at this price.";
        string[] article = [.. ArticleText.English, "ADVERTISEMENT", .. lists, verdict];
        var result = NewsCleaner.CleanWithTrace(RuleHarness.Document([.. Header, .. article, .. Footer]));

        Assert.Equal(RuleHarness.Document([.. ArticleText.English, .. lists, verdict]), result.Text);
    }

    [Fact]
    public void A_sentence_broken_at_inline_links_stays_with_the_text()
    {
        // Each linked name is a line of its own; alone the pieces read like menu entries, together they are a sentence.
        string[] pieces =
        [
            "Volunteers from", "Greenwich", "and", "Woolwich", "filled sandbags through the night, while engineers in",
            "Barking", "checked the smaller barrier on the creek before the tide turned.",
        ];
        string[] lede = ["Engineers closed the barrier twice on Tuesday night", "Woolwich", "and", "Greenwich", "were spared."];
        string text = RuleHarness.Document([.. Header, ArticleText.EnglishHeadline]) + "\n\n" + string.Join('\n', lede) + "\n\n"
            + string.Join('\n', pieces) + "\n\n" + RuleHarness.Document([.. ArticleText.English[2..], .. Footer]);

        var result = NewsCleaner.CleanWithTrace(text);

        Assert.Equal(RuleHarness.Document([ArticleText.EnglishHeadline, .. lede, .. pieces, .. ArticleText.English[2..]]), result.Text);
    }

    [Fact]
    public void A_menu_over_a_quotation_is_not_a_broken_sentence()
    {
        // The quotation's first letter is lowercase after its marks ("$53 million …"), but its line starts with a quote mark.
        string[] menu = ["Articles", "People", "Elections", "Subjects", "\"$53 million a week is coming across the border in drugs, the agency said.\""];
        string text = RuleHarness.Document(Header) + "\n\n" + string.Join('\n', menu) + "\n\n" + RuleHarness.Document([.. ArticleText.English[1..], .. Footer]);

        var result = RuleHarness.Only(RuleId).CleanWithTrace(text);

        Assert.Contains("Elections", RuleHarness.RemovedLines(result, RuleId));
    }

    [Fact]
    public void A_caption_over_its_photo_credit_is_not_taken_for_the_headline()
    {
        // An interview's headline is a quote that shares no word with the lede; the caption over "Photo: …" names what the
        // lede names, but it is the photo's.
        const string headline = "\"Every tree cools its own street\"";
        const string caption = "Engineers at the barrier in Greenwich on Tuesday night";
        string text = RuleHarness.Document(Header) + "\n\n" + headline + "\n\n" + caption + "\nPhoto: Jane Doe\n"
            + RuleHarness.Document([.. ArticleText.English[1..], .. Footer]);

        var result = NewsCleaner.CleanWithTrace(text);

        Assert.Equal(RuleHarness.Document([headline, .. ArticleText.English[1..]]), result.Text);
    }

    [Fact]
    public void A_standfirst_without_a_full_stop_is_not_taken_for_the_headline()
    {
        // The standfirst shares more words with the lede than the headline does; the shorter line above it is the headline.
        const string standfirst = "Engineers closed the gates twice in one night as a spring tide met the swollen river";
        string[] top = [.. Header, ArticleText.EnglishHeadline, standfirst, "By Jane Doe"];
        var result = RuleHarness.Only(RuleId).CleanWithTrace(RuleHarness.Document([.. top, .. ArticleText.English[1..], .. Footer]));

        Assert.Equal(ArticleText.EnglishHeadline, result.Text.Split("\n\n")[0]);
        Assert.Equal(ArticleText.English[1..], result.Text.Split("\n\n")[1..]);
    }

    [Fact]
    public void A_title_case_headline_that_ends_in_a_full_stop_is_taken_over_a_byline()
    {
        // Some sites end a headline with a full stop; its capitals tell it from a sentence, and it shares the lede's words.
        const string headline = "Barrier Holds as Thames Reaches Record. Why Engineers Closed It Twice.";
        string[] top = [.. Header, headline, "By Jane Doe Updated Nov. 19, 2019 8:21 am ET / Original Nov. 19, 2019 8:02 am ET"];
        var result = RuleHarness.Only(RuleId).CleanWithTrace(RuleHarness.Document([.. top, .. ArticleText.English[1..], .. Footer]));

        Assert.Equal(headline, result.Text.Split("\n\n")[0]);
        Assert.Equal(ArticleText.English[1..], result.Text.Split("\n\n")[1..]);
    }

    [Fact]
    public void The_headline_is_found_above_a_share_panel_of_one_word_buttons()
    {
        // A share panel's buttons are one- and two-word lines; they do not use up the six lines searched for the headline,
        // which, that far up, must share two words with the lede ("barrier", "closed", "twice").
        const string headline = "Thames Barrier Closed Twice as Tide Reaches Record";
        string[] panel = ["Share", "Email", "Facebook", "Messenger", "Twitter", "Pinterest", "WhatsApp", "LinkedIn", "Copy link"];
        var result = RuleHarness.Only(RuleId).CleanWithTrace(RuleHarness.Document(
            [.. Header, headline, .. panel, .. ArticleText.English[1..], .. Footer]));

        Assert.Equal(RuleHarness.Document([headline, .. ArticleText.English[1..]]), result.Text);
    }

    [Fact]
    public void A_line_far_above_the_text_is_the_headline_only_when_it_shares_two_words_with_the_lede()
    {
        // Past six lines (here one- and two-word menu entries), a line that shares one word with the lede ("Barrier
        // Repairs Update", "barrier") is not the headline; one that shares two would be.
        string[] between = ["Live TV", "Weather", "Traffic", "Schools", "Councils", "Letters", "Galleries", "Podcasts", "Video"];
        var result = RuleHarness.Only(RuleId).CleanWithTrace(RuleHarness.Document(
            [.. Header, "Barrier Repairs Update", .. between, .. ArticleText.English[1..], .. Footer]));

        Assert.DoesNotContain("Barrier Repairs Update", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_finished_standfirst_between_the_headline_and_the_byline_goes()
    {
        // Headline, standfirst, byline and date, then the text: the byline marks where the article starts.
        const string standfirst = "Engineers closed the gates twice in one night. Here is how the barrier held.";
        var result = WithBylineRules().CleanWithTrace(RuleHarness.Document(
            [.. Header, ArticleText.EnglishHeadline, standfirst, "By Jane Doe", "19 November 2024 10:42", .. ArticleText.English[1..], .. Footer]));

        Assert.Equal(RuleHarness.Document(ArticleText.English), result.Text);
        Assert.Contains(result.Removals, r => r.RuleId == RuleId && r.Text == standfirst && r.Reason.Contains("standfirst", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Volunteers fill sandbags in Greenwich on Tuesday. (EPA)")] // a caption under the lede
    [InlineData("Read more: Why the barrier closes more often")] // an inline link
    public void A_lede_under_the_headline_stays_when_something_else_than_a_byline_follows_it(string between)
    {
        const string lede = "Engineers closed the gates twice in one night, the Environment Agency said on Wednesday morning.";
        var result = WithBylineRules().CleanWithTrace(RuleHarness.Document(
            [.. Header, ArticleText.EnglishHeadline, lede, between, "By Jane Doe", .. ArticleText.English[1..], .. Footer]));

        Assert.Equal(RuleHarness.Document([ArticleText.EnglishHeadline, lede, .. ArticleText.English[1..]]), result.Text);
    }

    private static CleaningPipeline WithBylineRules() => new CleaningPipelineBuilder()
        .UseRules("captions.credit", "related.inline", "credits.staff", "site.dateline", RuleId).Build();

    [Fact]
    public void A_data_list_under_a_heading_after_the_text_belongs_to_it()
    {
        string[] dates =
        [
            "Barrier Closure Dates",
            "June 9 – Woolwich, London @ Thames Barrier",
            "June 10 – Barking, London @ Barking Creek",
            "June 14 – Dartford, Kent @ Dartford Creek",
            "July 2 – Canvey Island, Essex @ East Haven",
        ];
        var result = RuleHarness.Only(RuleId).CleanWithTrace(RuleHarness.Document([.. ArticleText.English, .. dates, .. Footer]));

        Assert.Equal(RuleHarness.Document([.. ArticleText.English, .. dates]), result.Text);
    }

    [Fact]
    public void Numbered_teaser_headlines_after_the_text_are_not_a_data_list()
    {
        string[] teasers = ["More from the river", "27 Oddest Flood Stories", "10 Strangest Tides on Record", "11 Things People Found in the Thames"];
        var result = RuleHarness.Only(RuleId).CleanWithTrace(RuleHarness.Document([.. ArticleText.English, .. teasers, .. Footer]));

        Assert.Equal(RuleHarness.Document(ArticleText.English), result.Text);
    }

    // A second run of text, heavy enough to join the article (a blog's "about" box under an archive widget).
    private static readonly string[] SecondRun =
    [
        "\u201cWhoever loves a river learns to fear it,\u201d as the lock-keepers on the estuary used to say [Thames Lore, p. 41]",
        "\u201cA tide that has turned once will turn again, and sooner than you think,\u201d the same lock-keepers warned [p. 42]",
        "The Riverside Gazette has covered the towns along the Thames estuary since 1887, and its reporters have followed every closure of the barrier since it opened.",
        "Readers can send news, photographs and letters to the newsroom in Greenwich, where the paper is still written, edited and printed every week of the year.",
    ];

    private static string[] ArchiveWidget()
    {
        string[] months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
        return ["Archives", .. Enumerable.Range(0, 30).Select(i => $"{months[i % 12]} ({40 + i})")];
    }

    [Fact]
    public void Removes_an_archive_list_between_the_article_and_a_second_run_of_text()
    {
        // The unfinished quotations next to the second run belongs to it; the archive list between the two goes.
        var result = RuleHarness.Only(RuleId).CleanWithTrace(RuleHarness.Document([.. ArticleText.English, .. ArchiveWidget(), .. SecondRun]));

        Assert.Equal(RuleHarness.Document([.. ArticleText.English, .. SecondRun]), result.Text);
        Assert.Equal(ArchiveWidget(), RuleHarness.RemovedLines(result, RuleId));
    }

    [Fact]
    public void Keeps_a_list_between_two_runs_of_text_that_is_not_mostly_menu_lines()
    {
        // A meal plan between two runs of text: four short headings over lines that are not menu items.
        string[] plan =
        [
            "Meal 1", "Eat within an hour of waking up", "1 cup oats, half a cup of blueberries, 8 oz. milk",
            "Meal 2", "Eat two to three hours after the first", "1 slice whole-grain toast with 2 tbsp. hummus",
            "Meal 3", "Eat after your workout if you train at noon", "Grilled chicken, brown rice and a green salad",
            "Meal 4", "Eat at least two hours before going to bed", "Baked salmon with roasted vegetables and lemon",
        ];
        var result = RuleHarness.Only(RuleId).CleanWithTrace(RuleHarness.Document([.. ArticleText.English, .. plan, .. SecondRun]));

        Assert.Empty(result.Removals);
    }

    // A recipe article's intro and a long plan whose rows cost more than the intro weighs; the heavy run comes last.
    private static readonly string[] PlanIntro =
    [
        "If you have followed the river walk plan before, you have seen how the route changes with the tides and the seasons.",
        "This guide works for both the summer and the winter route, so there is no need to learn a new walk when the clocks change.",
    ];

    private static string[] Plan()
    {
        var rows = new List<string>();
        foreach (string day in new[] { "Monday", "Tuesday", "Wednesday", "Thursday" })
        {
            rows.AddRange([$"Route for {day}", "Start at the barrier visitor centre at nine", "Greenwich pier, Woolwich ferry and the Thames path east",
                "Distance: 8 km, about two hours at an easy pace.", "Pack water, a map and a waterproof jacket", "Finish at the riverside café"]);
        }

        return [.. rows];
    }

    [Fact]
    public void A_light_intro_joins_the_text_across_a_list_with_no_page_furniture_in_it()
    {
        string[] body = [ArticleText.EnglishProse1, ArticleText.EnglishProse2, ArticleText.EnglishProse3, ArticleText.EnglishProse1 + " Again."];
        var result = RuleHarness.Only(RuleId).CleanWithTrace(RuleHarness.Document([.. Header, .. PlanIntro, .. Plan(), .. body]));

        RuleHarness.AssertKept(result, [.. PlanIntro, .. Plan(), .. body]);
    }

    [Fact]
    public void A_light_run_does_not_join_across_lines_other_rules_removed()
    {
        // The same page with a share prompt inside the list: the gap is no longer quiet, the light run stays apart.
        string[] body = [ArticleText.EnglishProse1, ArticleText.EnglishProse2, ArticleText.EnglishProse3, ArticleText.EnglishProse1 + " Again."];
        string[] plan = [.. Plan()[..6], "Follow us on Twitter", .. Plan()[6..]];
        var pipeline = new CleaningPipelineBuilder().UseRules("social.prompt", RuleId).Build();
        var result = pipeline.CleanWithTrace(RuleHarness.Document([.. Header, .. PlanIntro, .. plan, .. body]));

        Assert.DoesNotContain(PlanIntro[0], result.Text.Split("\n\n"));
    }

    [Fact]
    public void Keeps_a_summarys_points_between_the_headline_and_the_text()
    {
        // A breaking story's "key points" box: each point names what the paragraphs name; the box's label shares nothing.
        string[] points =
        [
            "Engineers closed the barrier twice as the tide hit a record",
            "Volunteers filled sandbags in Greenwich and Woolwich overnight",
            "Police closed the riverside path to walkers and cyclists",
        ];
        string text = RuleHarness.Document([.. Header, ArticleText.EnglishHeadline, "Key points", .. points, .. ArticleText.English[1..], .. Footer]);

        var result = NewsCleaner.CleanWithTrace(text);

        Assert.Equal(RuleHarness.Document([ArticleText.EnglishHeadline, .. points, .. ArticleText.English[1..]]), result.Text);
    }

    [Fact]
    public void Still_removes_a_teaser_list_above_the_article_that_names_other_stories()
    {
        string[] teasers = ["Storm Ciaran batters southern England coast", "Council tax to rise by five percent in April", "Ferry services suspended until Friday morning"];
        string text = RuleHarness.Document([.. Header, .. teasers, .. ArticleText.English, .. Footer]);

        var result = NewsCleaner.CleanWithTrace(text);

        Assert.All(teasers, t => Assert.DoesNotContain(t, RuleHarness.Paragraphs(result.Text)));
    }

    [Fact]
    public void Keeps_a_match_reports_result_over_its_line_ups_and_the_headline_above_them()
    {
        // The result shares both teams with the line-ups and stands nearer: before, it was taken for the headline.
        const string headline = "Riverside Rovers snatch late win at Harbour Town";
        string[] report =
        [
            "Harbour Town 1 - 2 Riverside Rovers",
            "Harbour Town: Smith; Jones, Brown, Taylor, Wilson; Evans, Thomas, Roberts; Walker, Wright and Green.",
            "Riverside Rovers: Hall; Wood, Clarke, Hughes, Lewis; Harris, Martin; Jackson, White, Lee and Young.",
            "Goals: 1-0, 34 min: Walker. 1-1, 82 min: Young. 1-2, 93 min: Lee.",
            ArticleText.EnglishProse1,
            ArticleText.EnglishProse2,
            ArticleText.EnglishProse3,
        ];
        string text = RuleHarness.Document([.. Header, headline, "By Jane Doe", .. report, .. Footer]);

        var result = NewsCleaner.CleanWithTrace(text);

        Assert.Equal(RuleHarness.Document([headline, .. report]), result.Text);
    }
}
