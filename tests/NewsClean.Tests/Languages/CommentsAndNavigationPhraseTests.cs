using NewsClean.Tests.Support;
using Xunit;

namespace NewsClean.Tests.Languages;

/// <summary>
/// The <c>commentsHeading</c> and <c>navigation</c> lists of the language packs: a comments heading after the article removes
/// the reader comments under it, and stand-alone navigation labels go, while the article and its one-word subheadings stay.
/// </summary>
public sealed class CommentsAndNavigationPhraseTests
{
    // language, the article's last paragraphs (one a line), the comments heading, two reader comments.
    public static TheoryData<string, string, string, string, string> CommentPages() => new()
    {
        { "es", "La Comisión Europea deberá validar el plan antes de que se abra el plazo de solicitudes, previsto para mayo.", "Deja un comentario",
          "Pepe R.: Llega tarde, como siempre, y el dinero acabará en manos de los de siempre.", "Lucía M.: Mi familia lleva dos cosechas perdidas y nadie nos ha llamado todavía." },
        { "de", "Die Stadt will das neue Verfahren zunächst ein Jahr lang testen und danach über eine Ausweitung entscheiden.", "Kommentare",
          "Hans K.: Endlich tut sich etwas, aber ein Jahr Testphase ist viel zu lang.", "Petra S.: Wer soll das alles bezahlen? Die Gebühren steigen doch jetzt schon." },
        { "fr", "La préfecture a annoncé qu'un bilan complet serait présenté aux élus à la fin du mois de juin.", "Laisser un commentaire",
          "Jean-Marc D. : Encore une annonce sans moyens, on connaît la chanson.", "Sophie L. : Merci pour cet article très clair, enfin des chiffres précis." },
        { "ru", "В мэрии пообещали опубликовать полный отчёт о работах до конца следующего месяца.", "Комментарии",
          "Иван П.: Опять обещания, а дороги как были разбитые, так и остались.", "Марина К.: У нас во дворе ремонт идёт уже третий год, и конца не видно." },
        { "ja", "市は来年度の予算案に関連費用を盛り込み、議会の承認を得たうえで工事を始める方針だ。", "コメントを書く",
          "たろう：もっと早く対応してほしかった。毎朝の渋滞にはうんざりしている。", "はなこ：子どもの通学路なので、安全対策もしっかりやってほしいです。" },
        { "ko", "한국은행은 다음 달 발표할 수정 경제전망에서 올해 성장률과 물가 전망치를 다시 점검하고 필요하면 정책 방향을 조정할 것이라고 설명했다.", "댓글",
          "김모씨: 이번에는 제대로 추진됐으면 좋겠네요. 매번 말만 하고 끝났잖아요.", "박모씨: 주민 의견도 충분히 들어주셨으면 합니다." },
        { "tr", "Kurul, karar metninde enflasyonun ana eğiliminde belirgin ve kalıcı bir düşüş görülene kadar sıkı para politikası duruşunun korunacağını vurguladı.\nPiyasalarda kararın ardından Türk lirası dolar karşısında sınırlı bir değer kazanırken, borsa günü hafif yükselişle tamamladı.", "Yorumlar",
          "Ahmet Y.: Yıllardır aynı sözleri duyuyoruz, umarım bu sefer gerçek olur.", "Ayşe K.: Mahallemizdeki çalışmalar hâlâ bitmedi, kimse de açıklama yapmıyor." },
        { "ar", "وأكدت الوزارة أن المرحلة الأولى من المشروع ستنتهي قبل نهاية العام المقبل.", "التعليقات",
          "محمد: نتمنى أن تنفذ هذه الوعود هذه المرة وألا تبقى حبرا على ورق.", "سارة: الأسعار ترتفع كل شهر ولا أحد يسأل عن المواطن البسيط." },
    };

    [Theory]
    [MemberData(nameof(CommentPages))]
    public void Comments_after_the_article_are_removed_under_their_heading(string language, string lastParagraphs, string heading, string comment1, string comment2)
    {
        var sample = LanguageSamples.All.Single(s => s.Language == language);
        string[] article = [sample.Headline, .. sample.Prose, .. lastParagraphs.Split('\n')];
        string page = string.Join("\n", [.. article, heading, comment1, comment2]);

        var result = NewsCleaner.CleanWithTrace(page);

        foreach (var line in new[] { heading, comment1, comment2 })
        {
            Assert.Contains(result.Removals, r => r.RuleId == "comments.section" && r.Text.Split('\n').Contains(line));
        }

        Assert.Equal(article, result.Text.Split("\n\n"));
    }

    [Theory]
    [InlineData("Tinggalkan Balasan", "Rina A.: Di kampung kami jalannya masih rusak sejak tahun lalu.")]
    [InlineData("Satu Tanggapan", "Balas")]
    public void Comments_under_WordPress_Indonesian_headings_are_removed(string heading, string last)
    {
        // WordPress's Indonesian comment form, as thousands of Indonesian blogs print it.
        string[] article = [.. ArticleText.Indonesian, "Pemerintah daerah berjanji akan mengumumkan hasil evaluasi program tersebut sebelum akhir bulan depan."];
        string comment = "Budi S.: Semoga kali ini benar-benar dilaksanakan, jangan hanya janji saja.";
        var result = NewsCleaner.CleanWithTrace(string.Join("\n", [.. article, heading, comment, last]));

        foreach (var line in new[] { heading, comment, last })
        {
            Assert.Contains(result.Removals, r => r.RuleId == "comments.section" && r.Text.Split('\n').Contains(line));
        }

        Assert.Equal(article, result.Text.Split("\n\n"));
    }

    [Theory]
    [InlineData("Dejá tu comentario")]
    [InlineData("Enviá tu comentario")]
    [InlineData("Escribí tu comentario")]
    public void Comments_under_a_voseo_heading_are_removed_with_their_rules_and_login_prompt(string heading)
    {
        // Argentine and Uruguayan sites address the reader with "vos": the heading, the site's comment rules and its login
        // prompt come after the article's last paragraph and the author's bio line.
        string[] article =
        [
            "El municipio licitará en marzo la obra del nuevo puente sobre el arroyo",
            "La intendencia confirmó que la licitación se abrirá el 14 de marzo y que las obras durarán unos dieciocho meses.",
            "Según el pliego, el puente tendrá dos carriles y una senda peatonal, y reemplazará al viejo paso de madera que se cerró en 2021.",
            "Los vecinos de la zona sur reclaman la obra desde hace años, porque hoy deben dar un rodeo de doce kilómetros para llegar al centro.",
            "Laura Giménez es periodista y cubre temas de infraestructura urbana.",
        ];
        string rules = "Los comentarios publicados son de exclusiva responsabilidad de sus autores y pueden dar lugar a sanciones. Quien incumpla el reglamento será bloqueado.";
        string login = "Para poder comentar tenés que ingresar con tu usuario.";
        var result = NewsCleaner.CleanWithTrace(string.Join("\n", [.. article, heading, rules, login]));

        foreach (var line in new[] { heading, rules, login })
        {
            Assert.Contains(result.Removals, r => r.RuleId == "comments.section" && r.Text.Split('\n').Contains(line));
        }

        Assert.Equal(article, result.Text.Split("\n\n"));
    }

    [Theory]
    [InlineData("es", "Please enable JavaScript to view the comments powered by Disqus.")]
    [InlineData("de", "Please enable JavaScript to view the comments powered by Disqus.")]
    [InlineData("pl", "Loading Facebook Comments ...")] // a WordPress plugin's English placeholder on a Polish page
    [InlineData("ru", "Добавить отзыв")]
    public void Comments_under_a_comment_widget_line_are_removed(string language, string heading)
    {
        // Disqus and Facebook-comment plugins print their English notices on pages in every language, so they are in the
        // language-neutral pack.
        var sample = LanguageSamples.All.Single(s => s.Language == language);
        string[] article = [sample.Headline, sample.Prose[0], sample.Prose[1], sample.Prose[0] + " " + sample.Prose[1]];
        string comment = sample.Prose[1][..(sample.Prose[1].Length / 2)];
        var result = NewsCleaner.CleanWithTrace(string.Join("\n", [.. article, heading, comment]));

        Assert.Contains(result.Removals, r => r.RuleId == "comments.section" && r.Text.Split('\n').Contains(heading));
        Assert.Equal(article, result.Text.Split("\n\n"));
    }

    // language, navigation labels (before and after the article), a one-word subheading inside the article.
    public static TheoryData<string, string[], string> NavigationPages() => new()
    {
        { "es", ["Ir al contenido principal", "Menú", "Buscar", "Noticia siguiente", "Volver arriba"], "Reacciones" },
        { "pt", ["Ir para o conteúdo", "Menu principal", "Buscar", "Próxima notícia", "Voltar"], "Repercussão" },
        { "de", ["Zum Inhalt springen", "Menü", "Suche", "Nächster Artikel", "Nach oben"], "Hintergrund" },
        { "fr", ["Aller au contenu principal", "Rechercher", "Fermer", "Article suivant", "Retour en haut"], "Contexte" },
        { "ru", ["Перейти к содержимому", "Меню", "Поиск", "Следующая статья", "Обсудить", "Наверх"], "Реакция" },
        { "ja", ["本文へスキップ", "メニュー", "検索", "ホーム", "ページの先頭へ"], "背景" },
        { "ko", ["본문 바로가기", "메뉴", "검색", "홈", "맨 위로"], "배경" },
        { "tr", ["İçeriğe geç", "Menü", "Ara", "Sonraki Haber", "Başa Dön"], "Tepkiler" },
        { "ar", ["انتقل إلى المحتوى", "القائمة الرئيسية", "ابحث", "المقال التالي", "العودة للأعلى"], "خلفية" },
    };

    [Theory]
    [MemberData(nameof(NavigationPages))]
    public void Navigation_labels_are_removed_and_a_one_word_subheading_is_kept(string language, string[] labels, string subheading)
    {
        var sample = LanguageSamples.All.Single(s => s.Language == language);
        string page = string.Join("\n", [.. labels[..3], sample.Headline, sample.Prose[0], subheading, sample.Prose[1], .. labels[3..]]);

        var result = NewsCleaner.CleanWithTrace(page);

        foreach (var label in labels)
        {
            Assert.Contains(result.Removals, r => r.RuleId == "site.navigation" && r.Text.Split('\n').Contains(label));
        }

        Assert.Equal([sample.Headline, sample.Prose[0], subheading, sample.Prose[1]], result.Text.Split("\n\n"));
    }

    // A word that names a section or an article part stays when it stands alone after the article; the same page with the
    // language's comments heading in its place is cut, so the page is one the rule would act on.
    [Theory]
    [InlineData("es", "Opinión", "Comentarios")]
    [InlineData("de", "Diskussion", "Kommentare")]
    [InlineData("fr", "Débat", "Commentaires")]
    [InlineData("ru", "Мнение", "Комментарии")]
    [InlineData("tr", "Yorum", "Yorumlar")]
    [InlineData("ja", "コメント", "コメントを書く")]
    [InlineData("zh", "评论", "发表评论")]
    public void A_section_word_alone_after_the_article_is_not_a_comments_heading(string language, string line, string commentsHeading)
    {
        var sample = LanguageSamples.All.Single(s => s.Language == language);
        string[] before = [sample.Headline, sample.Prose[0] + " " + sample.Prose[1], sample.Prose[1] + " " + sample.Prose[0], sample.Prose[0] + " " + sample.Prose[0]];
        string after = sample.Prose[1] + " " + sample.Prose[1];

        var result = NewsCleaner.CleanWithTrace(string.Join("\n", [.. before, line, after]));
        var withHeading = NewsCleaner.CleanWithTrace(string.Join("\n", [.. before, commentsHeading, after]));

        Assert.DoesNotContain(result.Removals, r => r.RuleId == "comments.section");
        Assert.Equal([.. before, line, after], result.Text.Split("\n\n"));
        Assert.Contains(withHeading.Removals, r => r.RuleId == "comments.section" && r.Text.Split('\n').Contains(after));
    }
}
