using NewsClean.Tests.Support;
using Xunit;

namespace NewsClean.Tests.Rules;

public class PhotoCreditRuleTests
{
    private const string RuleId = "captions.credit";

    [Theory]
    [InlineData("Photo: Reuters")]
    [InlineData("Photo: Reuters/Toby Melville")]
    [InlineData("Getty Images")]
    [InlineData("Image credit: Environment Agency")]
    [InlineData("Volunteers fill sandbags in Greenwich on Tuesday. (EPA)")]
    [InlineData("Volunteers fill sandbags in Greenwich on Tuesday. (AFP/Getty Images)")]
    [InlineData("Crowds gather on the embankment as the tide peaks. Photo: Reuters")]
    [InlineData("Jane Doe | Getty Images")]
    [InlineData("Jane Doe | Bloomberg | Getty Images")]
    [InlineData("The Associated Press")]
    [InlineData("Image copyright Getty Images")]
    [InlineData("Photo Reuters/Toby Melville")]
    [InlineData("A volunteer loads sandbags into his pickup truck outside a hardware store on the embankment in Greenwich. (AP Photo/Jane Doe, File)")]
    [InlineData("Jane Doe and John Roe pose for a photo outside the barrier on June 28. (Photo by Kevin Mazur/Getty Images for Netflix)")]
    [InlineData("The barrier's gates closed twice on Tuesday night. Photograph by Jane Doe/AFP/Getty Images")]
    [InlineData("The barrier's gates closed twice on Tuesday night. Image copyright Getty Images")]
    [InlineData("In this Nov. 19, 2019, file photo, volunteers fill sandbags on the embankment in Greenwich.")]
    [InlineData("This March 28, 2017, file photo, provided by the Environment Agency, shows the barrier's gates closed.")]
    [InlineData("FILE - In this photo provided by the Port of London Authority, a tug passes the barrier on Tuesday.")]
    [InlineData("Volunteers fill sandbags in Greenwich, where the river first broke its banksCredit: EPA")]
    [InlineData("Engineers closed the gates twice, and the barrier held.Photograph: Jane Doe/Bloomberg")]
    [InlineData("Image caption Volunteers filled sandbags in Greenwich until the morning")]
    [InlineData("Image caption, Volunteers filled sandbags in Greenwich until the morning")]
    [InlineData("Image source, Getty Images")]
    [InlineData("Photo by David Dyer-Bennet")]
    [InlineData("Courtesy of Andrew Vaughan")]
    [InlineData("Al Goldis, Associated Press")]
    [InlineData("Michael Conroy, AP")]
    public void Removes_credit_lines_and_captions_ending_in_a_credit_from_an_English_article(string credit) =>
        RuleHarness.AssertRemovedAmid(RuleId, ArticleText.English, credit);

    [Theory]
    [InlineData("1of4A volunteer fills sandbags on the embankment in Greenwich on Tuesday night.")]
    [InlineData("3 of 12: Crowds gather on the riverside path as the tide peaks.")]
    [InlineData("2/7 The barrier's gates close for the second time in one night.")]
    [InlineData("2of4A shopper looks at extension cords and sandbags at a hardware store on the embankment on Tuesday, Nov. 19, in "
        + "Greenwich, in preparation for the flood that forecasters expect on Thursday, when the wind is due to ease and the surge "
        + "should be smaller than this week's. Photo by Jane Doe for the Riverside Gazette, all rights reserved.")]
    public void Removes_gallery_captions_that_start_with_the_slide_position_however_long(string caption) =>
        RuleHarness.AssertRemovedAmid(RuleId, ArticleText.English, caption);

    [Theory]
    [InlineData("3 of 12 councillors voted against the barrier plan, the minutes of Tuesday's meeting show.")]
    [InlineData("2/3 majority needed for the barrier budget")]
    public void Keeps_prose_that_starts_with_a_fraction(string prose) =>
        RuleHarness.AssertKeepsAmid(RuleId, ArticleText.English, prose);

    [Theory]
    [InlineData("Korea Utara diduga mengirim tentaranya ke Rusia. (EPA)")]
    [InlineData("Warga mengungsi ke masjid di Bekasi, Selasa. (Foto: ANTARA/Fakhri Hermansyah)")]
    [InlineData("Ilustrasi: Medcom.id")]
    [InlineData("Foto: ANTARA/Galih Pradipta")]
    public void Removes_captions_with_credits_from_an_Indonesian_article(string credit) =>
        RuleHarness.AssertRemovedAmid(RuleId, ArticleText.Indonesian, credit);

    [Theory]
    [InlineData("zh", "1月14日，旅客在广州南站候车大厅排队检票。（图/视觉中国）")] // full-width brackets, a script without capitals
    [InlineData("ja", "地震の影響で棚から落ちた商品を片付ける店員＝５日午前、高知市内（写真：共同）")]
    [InlineData("ko", "9일 오전 서울 광화문 일대에서 시민들이 출근하고 있다. 사진=연합뉴스")] // '=' for the label's colon
    [InlineData("ar", "سيارات تسير في شارع غارق بمياه الأمطار وسط الإسكندرية، الأربعاء. (رويترز)")]
    [InlineData("hi", "अंधेरी सबवे में भरे पानी के बीच से गुजरते लोग। (फोटो- पीटीआई)")] // a dash after the label inside the brackets
    [InlineData("pt", "Moradores atravessam rua alagada no bairro Sarandi — Foto: Jefferson Botega/Agência RBS")] // a credit after a dash
    [InlineData("es", "Una quitanieves despeja la carretera del puerto de Monrepós este miércoles. EFE/Javier Cebollada")] // agency/photographer after the last stop
    [InlineData("en", "Volunteers fill sandbags in Greenwich on Tuesday. Jane Doe | Getty Images")]
    [InlineData("es", "Vecinos cruzan una calle inundada en el barrio de Sarandí | Foto: EFE")] // a bar sets off the credit
    [InlineData("fr", "Des voyageurs attendent un train sur le quai de la gare de Lyon • Crédits : Getty")] // a bullet, French spacing
    [InlineData("de", "Anwohner füllen Sandsäcke am Ufer der Elbe in Dresden · Foto: dpa")] // a middle dot
    public void Removes_captions_with_credits_in_other_scripts_and_styles(string language, string caption)
    {
        var pipeline = new CleaningPipelineBuilder().UseRules(RuleId).UseLanguages(language).Build();
        var result = pipeline.CleanWithTrace(RuleHarness.Document([.. ArticleText.English[..2], caption, .. ArticleText.English[2..]]));

        Assert.Equal([caption], RuleHarness.RemovedLines(result, RuleId));
    }

    [Theory]
    [InlineData("es", "Pie de foto, Vecinos cruzan una calle inundada en el barrio de Sarandí")]
    [InlineData("pt", "Legenda da foto, Moradores atravessam rua alagada no bairro Sarandi")]
    [InlineData("fr", "Légende image, Des voyageurs attendent un train sur le quai de la gare de Lyon")]
    [InlineData("ru", "Подпись к фото, Жители Москвы расчищают снег во дворе")]
    [InlineData("uk", "Підпис до фото, Мешканці Львова прибирають сніг у дворі")]
    [InlineData("tr", "Fotoğraf altı yazısı, Tatbikata katılan öğrenciler okul bahçesinde toplandı")]
    [InlineData("vi", "Chụp lại hình ảnh, Người dân lội nước trên phố Hà Nội")]
    [InlineData("id", "Keterangan gambar, Warga mengungsi ke masjid di Bekasi")]
    [InlineData("hi", "इमेज कैप्शन, अंधेरी सबवे में भरे पानी के बीच से गुजरते लोग")]
    [InlineData("ar", "التعليق على الصورة، سيارات تسير في شارع غارق بمياه الأمطار")]
    [InlineData("ko", "사진 설명, 9일 오전 서울 광화문 일대에서 시민들이 출근하고 있다")]
    [InlineData("zh", "图像加注文字，1月14日，旅客在广州南站候车大厅排队检票")]
    [InlineData("ja", "画像説明, 地震の影響で棚から落ちた商品を片付ける店員")]
    public void Removes_captions_that_open_with_a_hidden_caption_label(string language, string caption)
    {
        // News sites hide "Image caption, " before a caption for screen readers; innerText keeps it.
        var pipeline = new CleaningPipelineBuilder().UseRules(RuleId).UseLanguages(language).Build();
        var result = pipeline.CleanWithTrace(RuleHarness.Document([.. ArticleText.English[..2], caption, .. ArticleText.English[2..]]));

        Assert.Equal([caption], RuleHarness.RemovedLines(result, RuleId));
    }

    [Theory]
    [InlineData("The mayor — photo in hand — told reporters that the barrier had held through the night.")]
    [InlineData("Residents shared pictures of the flooded street – photos: dozens, all taken before midnight, she said.")]
    [InlineData("Flood pictures | Photo: dozens were sent in by readers overnight, and the council thanked them all.")]
    [InlineData("Two events tonight • Photo: the river walk at dusk, then the council meeting at the town hall.")]
    [InlineData("The agency said output rose 4%. Reuters/Ipsos polls showed the same trend in March.")]
    public void Keeps_prose_with_a_photo_word_after_a_dash(string prose) =>
        RuleHarness.AssertKeepsAmid(RuleId, ArticleText.English, prose);

    [Theory]
    [InlineData("Photographs taken by residents showed water reaching the first floor of several houses on the estate.")]
    [InlineData("Photo exhibitions in the borough have been postponed until the river path reopens next month.")]
    [InlineData("The photo, taken by a Reuters photographer from a bridge, shows the flooded street at midnight.")]
    [InlineData("Politics | Business | Getty Images row over river photos")]
    [InlineData("The Associated Press reported that the barrier had closed twice before midnight.")]
    [InlineData("Photos from Reuters show the flooded street at midnight")]
    [InlineData("The council published the pictures on Tuesday (photo by a resident) to show the flooded street.")]
    [InlineData("The exhibition opens on Friday with the river pictures (Photos by the pupils of St Mary's)")]
    [InlineData("He thanked the crews on the embankment. Picture this: a river with no barrier at all")]
    [InlineData("The archive grew all winter. Photo by photo, residents rebuilt the story of the night")]
    [InlineData("The agency released a file photograph of the barrier's gates on Tuesday.")]
    [InlineData("Investigators kept the file, photos and letters from the night in a locked room.")]
    [InlineData("The council's new app, eCredit, lets residents claim flood grants online")]
    [InlineData("Readers noticed that the image caption under the barrier photo named the wrong river")]
    [InlineData("Image captions on the council's flood pages were corrected on Tuesday")]
    [InlineData("File photos of the barrier, taken in 1978, were shown at the meeting.")]
    [InlineData("Courtesy of the council, residents got sandbags on Tuesday")]
    [InlineData("Photo by photo, the archive grew")]
    [InlineData("June 26 -- PPL Center, Allentown, PA")]
    [InlineData("Allentown, PA")]
    public void Keeps_prose_that_mentions_photos(string prose) =>
        RuleHarness.AssertKeepsAmid(RuleId, ArticleText.English, prose);

    [Fact]
    public void Keeps_a_long_wire_paragraph_that_ends_in_an_agency_name_except_the_credit()
    {
        // A closing paragraph of an agency story is prose, not a caption: the trailing-credit rule trims the credit,
        // this rule must not take the whole paragraph.
        const string paragraph = "Menurut dia, pemerintah daerah akan terus memantau perkembangan situasi di lapangan bersama tim gabungan dari kepolisian dan TNI. (Antara)";
        var result = RuleHarness.Only(RuleId).CleanWithTrace(RuleHarness.Document([.. ArticleText.Indonesian, paragraph]));
        RuleHarness.AssertKept(result, [.. ArticleText.Indonesian, paragraph]);

        var full = NewsCleaner.CleanWithTrace(RuleHarness.Document([.. ArticleText.Indonesian, paragraph]));
        RuleHarness.AssertKept(full, [paragraph[..paragraph.LastIndexOf(" (", StringComparison.Ordinal)]]);
    }
    [Fact]
    public void Keeps_a_long_wire_paragraph_that_ends_in_a_bare_agency_credit()
    {
        const string paragraph = "The council said the barrier would stay closed until the water level fell below the warning mark on Wednesday. (AP)";
        var result = RuleHarness.Only(RuleId).CleanWithTrace(RuleHarness.Document([.. ArticleText.English, paragraph]));
        RuleHarness.AssertKept(result, [.. ArticleText.English, paragraph]);
    }

    [Theory]
    [InlineData("Peniaga menyusun sayur di Pasar Borong Kuala Lumpur, Selayang. - Foto NSTP/Aizuddin Saad")]
    [InlineData("Orang ramai membeli juadah di bazar Ramadan - Foto BERNAMA")]
    public void Removes_a_Malay_caption_whose_credit_follows_a_spaced_hyphen(string caption)
    {
        var result = RuleHarness.CleanAfterArticle(RuleId, "ms", caption);
        Assert.Equal([caption], RuleHarness.RemovedLines(result, RuleId));
    }

    [Theory]
    [InlineData("Harga sayur naik menjelang Ramadan - foto menunjukkan gerai di Selayang")] // lowercase after the hyphen: no label
    [InlineData("Pasar Borong Selayang - Kuala Lumpur")] // a hyphen between places
    [InlineData("Peniaga di Selayang - Foto yang diambil pada Isnin menunjukkan gerai sayur yang lengang kerana hujan.")] // a sentence
    public void Keeps_Malay_lines_with_a_spaced_hyphen_and_no_credit(string content)
    {
        var result = RuleHarness.CleanAfterArticle(RuleId, "ms", content);
        Assert.Empty(RuleHarness.RemovedLines(result, RuleId));
    }
}
