using NewsClean.Tests.Support;

namespace NewsClean.Tests.Languages;

/// <summary>A boilerplate line in a sample page and the rule that must remove it.</summary>
public sealed record Boilerplate(string Line, string RuleId);

/// <summary>
/// A news page in one language: a headline, two paragraphs of article prose, and the boilerplate a scraper picks up
/// around them, each line with the rule expected to remove it. The related block (heading and headlines) comes last.
/// </summary>
public sealed record LanguageSample(string Language, string Headline, string[] Prose, Boilerplate[] Lines, string[] RelatedBlock)
{
    /// <summary>The page as scraped: headline, first paragraph, half the boilerplate, second paragraph, the rest, the related block.</summary>
    public string Page
    {
        get
        {
            int half = Lines.Length / 2;
            IEnumerable<string> lines =
            [
                Headline, Prose[0], .. Lines[..half].Select(b => b.Line), Prose[1], .. Lines[half..].Select(b => b.Line), .. RelatedBlock,
            ];
            return string.Join("\n", lines);
        }
    }

    public override string ToString() => Language;
}

/// <summary>Realistic page samples for every bundled language pack that is not English, Indonesian or Malay.</summary>
public static class LanguageSamples
{
    private const string Inline = "related.inline";
    private const string Ad = "ads.line";
    private const string Caption = "captions.credit";
    private const string Social = "social.prompt";
    private const string ShareBar = "social.sharebar";
    private const string Newsletter = "prompts.newsletter";
    private const string Cookie = "prompts.cookie";
    private const string Paywall = "prompts.paywall";
    private const string Staff = "credits.staff";
    private const string Dateline = "site.dateline";
    private const string Footer = "site.footer";
    private const string Tags = "site.tags";

    private static readonly string[] Indonesian = [ArticleText.IndonesianHeadline, ArticleText.IndonesianProse1, ArticleText.IndonesianProse2];

    private static readonly string[] Malay =
    [
        "Banjir Kilat Landa Beberapa Kawasan di Shah Alam Selepas Hujan Lebat",
        "Hujan lebat sejak petang semalam menyebabkan banjir kilat di lima kawasan perumahan, dan lebih 200 penduduk dipindahkan ke pusat pemindahan sementara, kata Jabatan Bomba dan Penyelamat.",
        "Pihak berkuasa tempatan berkata kerja membersihkan longkang akan dipercepatkan, manakala bantuan makanan diagihkan kepada mangsa yang terjejas sepanjang malam.",
        "Menteri Besar dijangka melawat pusat pemindahan esok pagi untuk meninjau keadaan mangsa dan mengumumkan bantuan tambahan kepada keluarga yang terjejas.",
    ];

    /// <summary>A headline and at least two paragraphs of an article in <paramref name="language"/>, any bundled pack's.</summary>
    public static string[] ArticleIn(string language)
    {
        switch (language)
        {
            case "en":
                return ArticleText.English;
            case "id":
                return Indonesian;
            case "ms":
                return Malay;
        }

        var sample = All.Single(s => s.Language == language);
        return [sample.Headline, .. sample.Prose];
    }

    public static IReadOnlyList<LanguageSample> All { get; } =
    [
        new("es",
            "El Gobierno aprueba un plan de ayudas para los agricultores afectados por la sequía",
            [
                "El Consejo de Ministros aprobó este martes un paquete de ayudas de 500 millones de euros destinado a los agricultores y ganaderos que han perdido buena parte de sus cosechas por la sequía que sufre el sur del país desde hace dos años.",
                "Según el ministro de Agricultura, las primeras transferencias llegarán antes del verano. Las organizaciones agrarias consideran que la medida es insuficiente y critican que el Gobierno haya gastado más en publicidad institucional que en infraestructuras de riego.",
            ],
            [
                new("Lee también: La sequía obliga a restringir el riego en Andalucía", Inline),
                new("Publicidad", Ad),
                new("Foto: EFE", Caption),
                new("Síguenos en Instagram y TikTok", Social),
                new("Compartir | Facebook | X | Copiar enlace", ShareBar),
                new("Suscríbete a nuestro boletín y recibe las noticias más importantes del día", Newsletter),
                new("Utilizamos cookies propias y de terceros para mejorar nuestros servicios.", Cookie),
                new("Para seguir leyendo, hazte suscriptor", Paywall),
                new("Redacción: María López", Staff),
                new("Madrid, 12 de marzo de 2024", Dateline),
                new("hace 2 horas", Dateline),
                new("Todos los derechos reservados", Footer),
                new("Etiquetas: sequía, agricultura, Andalucía", Tags),
                new("Archivado en", Tags),
                new("Usted está aquí: Inicio > Economía > Agricultura", Tags),
                new("Continúa leyendo", Ad),
            ],
            ["Lo más leído", "El precio del aceite de oliva bate un nuevo récord", "Los embalses catalanes, en mínimos históricos"]),
        new("pt",
            "Inflação desacelera em fevereiro e fica abaixo das expectativas do mercado",
            [
                "O Índice de Preços ao Consumidor Amplo subiu 0,4% em fevereiro, segundo dados divulgados nesta terça-feira pelo instituto de estatística, depois de ter avançado 0,8% no mês anterior.",
                "Os economistas ouvidos pela reportagem atribuem a desaceleração à queda nos preços dos alimentos e dos combustíveis. Para o Banco Central, no entanto, ainda é cedo para falar em uma tendência, e a publicidade em torno dos números não deve mudar a política de juros.",
            ],
            [
                new("Leia também: Banco Central mantém a taxa de juros em 10,5%", Inline),
                new("Publicidade", Ad),
                new("Foto: Reprodução/Instagram", Caption),
                new("Siga-nos no Instagram e no Facebook", Social),
                new("Siga o canal do Diário Gaúcho no WhatsApp", Social),
                new("Moradores atravessam rua alagada no bairro Sarandi — Foto: Jefferson Botega/Agência RBS", Caption),
                new("Compartilhar | WhatsApp | Facebook | Copiar link", ShareBar),
                new("Assine a newsletter e receba as principais notícias do dia", Newsletter),
                new("Este site utiliza cookies para melhorar a sua experiência de navegação.", Cookie),
                new("Conteúdo exclusivo para assinantes", Paywall),
                new("Reportagem: Ana Souza", Staff),
                new("São Paulo, 12 de março de 2024", Dateline),
                new("há 3 horas", Dateline),
                new("Todos os direitos reservados", Footer),
                new("Tags: inflação, IPCA, Banco Central", Tags),
                new("Você está aqui: Início > Economia", Tags),
            ],
            ["Mais lidas", "Veja os números da Mega-Sena sorteados neste sábado", "Governo anuncia novo programa habitacional"]),
        new("fr",
            "La réforme de l'assurance chômage entre en vigueur le 1er avril",
            [
                "Les nouvelles règles d'indemnisation des demandeurs d'emploi s'appliqueront à partir du 1er avril, a confirmé mardi le ministère du Travail, malgré l'opposition de l'ensemble des syndicats.",
                "Selon les estimations du gouvernement, près de 300 000 personnes verront la durée de leurs droits réduite. Les syndicats dénoncent une réforme injuste et appellent à une journée de mobilisation, tandis que le patronat salue une mesure qui doit favoriser le retour à l'emploi.",
            ],
            [
                new("Lire aussi : Chômage : le taux remonte légèrement au dernier trimestre", Inline),
                new("Publicité", Ad),
                new("Photo : AFP", Caption),
                new("Suivez-nous sur Facebook, Instagram et LinkedIn", Social),
                new("Partager | Facebook | X | Copier le lien", ShareBar),
                new("Inscrivez-vous à notre newsletter pour recevoir l'essentiel de l'actualité", Newsletter),
                new("Nous utilisons des cookies pour vous garantir la meilleure expérience sur notre site.", Cookie),
                new("Cet article est réservé aux abonnés", Paywall),
                new("Par Jean Dupont", Staff),
                new("Paris, le 12 janvier 2024", Dateline),
                new("il y a 2 heures", Dateline),
                new("Tous droits réservés", Footer),
                new("Mots-clés : inflation, BCE, taux", Tags),
                new("Vous êtes ici : Accueil > Économie", Tags),
            ],
            ["Les plus lus", "Retraites : ce qui change au 1er janvier", "Le prix de l'électricité va augmenter de 10 %"]),
        new("de",
            "Bundestag beschließt höheres Bürgergeld ab Januar",
            [
                "Der Bundestag hat am Donnerstag eine Erhöhung des Bürgergelds um zwölf Prozent beschlossen, die zum 1. Januar in Kraft treten soll und rund fünf Millionen Menschen betrifft.",
                "Die Opposition kritisierte die Pläne als zu teuer. Sozialverbände begrüßten die Entscheidung, forderten aber weitere Schritte. Nach einer Anzeige des Verbands prüft die Staatsanwaltschaft inzwischen auch die Vergabe der Beratungsaufträge.",
            ],
            [
                new("Lesen Sie auch: Inflation sinkt im November auf 3,2 Prozent", Inline),
                new("Anzeige", Ad),
                new("Foto: dpa", Caption),
                new("Folgen Sie uns auf Instagram und WhatsApp", Social),
                new("Teilen | Facebook | WhatsApp | Link kopieren", ShareBar),
                new("Newsletter abonnieren und keine Nachricht mehr verpassen", Newsletter),
                new("Wir verwenden Cookies, um Ihnen ein optimales Webseiten-Erlebnis zu bieten.", Cookie),
                new("Jetzt weiterlesen mit Plus", Paywall),
                new("Von Anna Schmidt", Staff),
                new("Berlin, 12. März 2024", Dateline),
                new("vor 3 Stunden", Dateline),
                new("Alle Rechte vorbehalten", Footer),
                new("Schlagwörter: Bahn, Streik, GDL", Tags),
                new("Sie sind hier: Startseite > Wirtschaft", Tags),
            ],
            ["Meistgelesen", "Bahnstreik: Diese Verbindungen fallen am Montag aus", "Wetter: Erster Schnee in Bayern erwartet"]),
        new("it",
            "Il governo approva la manovra: confermato il taglio del cuneo fiscale",
            [
                "Il Consiglio dei ministri ha approvato nella notte la legge di bilancio per il prossimo anno, che conferma il taglio del cuneo fiscale per i redditi fino a 35 mila euro e stanzia nuove risorse per la sanità.",
                "Secondo il ministro dell'Economia, la manovra vale complessivamente 24 miliardi di euro. Le opposizioni parlano di un provvedimento senza visione, mentre i sindacati annunciano uno sciopero generale per la fine del mese.",
            ],
            [
                new("Leggi anche: Pensioni, cosa cambia dal primo gennaio", Inline),
                new("Pubblicità", Ad),
                new("Foto: Ansa", Caption),
                new("Seguici su Facebook e Instagram", Social),
                new("Condividi | Facebook | WhatsApp | Copia link", ShareBar),
                new("Iscriviti alla newsletter per ricevere le notizie più importanti", Newsletter),
                new("Questo sito utilizza cookie tecnici e di profilazione.", Cookie),
                new("Contenuto riservato agli abbonati", Paywall),
                new("A cura di Marco Rossi", Staff),
                new("Roma, 12 marzo 2024", Dateline),
                new("2 ore fa", Dateline),
                new("Riproduzione riservata", Footer),
                new("Argomenti: governo, legge di bilancio", Tags),
                new("Sei qui: Home > Economia", Tags),
            ],
            ["I più letti", "Bollette, cosa cambia per le famiglie da aprile", "Maltempo, allerta rossa in Emilia-Romagna"]),
        new("nl",
            "Kabinet trekt extra geld uit voor woningbouw",
            [
                "Het kabinet trekt de komende vier jaar twee miljard euro extra uit voor de bouw van betaalbare huurwoningen, zo heeft de minister van Volkshuisvesting dinsdag bekendgemaakt.",
                "Volgens de minister moeten er jaarlijks honderdduizend nieuwe woningen bij komen. Gemeenten zijn blij met het geld, maar waarschuwen dat een gebrek aan bouwgrond en personeel de plannen kan vertragen.",
            ],
            [
                new("Lees ook: Huizenprijzen stijgen opnieuw in het derde kwartaal", Inline),
                new("Advertentie", Ad),
                new("Foto: ANP", Caption),
                new("Volg ons op Instagram en TikTok", Social),
                new("Delen | Facebook | WhatsApp | Kopieer link", ShareBar),
                new("Meld je aan voor onze nieuwsbrief en ontvang elke ochtend het belangrijkste nieuws", Newsletter),
                new("Wij gebruiken cookies om onze website te verbeteren.", Cookie),
                new("Dit artikel is alleen voor abonnees", Paywall),
                new("Door Pieter Jansen", Staff),
                new("Amsterdam, 12 maart 2024", Dateline),
                new("3 uur geleden", Dateline),
                new("Alle rechten voorbehouden", Footer),
                new("Tags: woningmarkt, hypotheek", Tags),
                new("U bent hier: Home > Economie", Tags),
            ],
            ["Meest gelezen", "Storm zorgt voor vertragingen op Schiphol", "Benzineprijs daalt voor het eerst in maanden"]),
        new("ru",
            "Центробанк сохранил ключевую ставку на уровне 16 процентов",
            [
                "Совет директоров Банка России на заседании в пятницу принял решение сохранить ключевую ставку на прежнем уровне, сообщила пресс-служба регулятора.",
                "По словам аналитиков, инфляция в стране замедляется медленнее, чем ожидалось. Регулятор не исключает повышения ставки на одном из ближайших заседаний, если рост цен не вернется к целевому уровню.",
            ],
            [
                new("Читайте также: Инфляция в России замедлилась до 7,4 процента", Inline),
                new("Реклама", Ad),
                new("Фото: РИА Новости", Caption),
                new("Подписывайтесь на наш канал в Telegram", Social),
                new("Поделиться | ВКонтакте | Telegram | Копировать ссылку", ShareBar),
                new("Подпишитесь на рассылку и получайте главные новости дня", Newsletter),
                new("Мы используем файлы cookie, чтобы улучшить работу сайта.", Cookie),
                new("Этот материал доступен только подписчикам", Paywall),
                new("Автор: Иван Петров", Staff),
                new("Москва, 15 марта 2024", Dateline),
                new("2 часа назад", Dateline),
                new("Все права защищены", Footer),
                new("Метки: ЖКХ, ремонт, Москва", Tags),
                new("Вы здесь: Главная > Экономика", Tags),
            ],
            ["Материалы по теме", "Курс доллара опустился ниже 90 рублей", "Минфин предложил изменить налоговый кодекс"]),
        new("uk",
            "Уряд ухвалив нову програму підтримки малого бізнесу",
            [
                "Кабінет міністрів у середу ухвалив програму пільгових кредитів для малого і середнього бізнесу, яка діятиме до кінця наступного року, повідомили в Міністерстві економіки.",
                "За словами міністра, уряд також планує спростити процедуру реєстрації підприємств. Представники бізнесу вважають, що це рішення допоможе зберегти робочі місця, але наголошують на потребі у дешевших кредитах.",
            ],
            [
                new("Читайте також: Гривня подешевшала на міжбанку", Inline),
                new("Реклама", Ad),
                new("Фото: Укрінформ", Caption),
                new("Підписуйтесь на наш Telegram-канал", Social),
                new("Поділитися | Facebook | Telegram | Копіювати посилання", ShareBar),
                new("Підпишіться на розсилку, щоб отримувати головні новини", Newsletter),
                new("Ми використовуємо файли cookie для покращення роботи сайту.", Cookie),
                new("Увійдіть або зареєструйтесь, щоб читати далі", Paywall),
                new("Автор: Олена Коваленко", Staff),
                new("Київ, 15 березня 2024", Dateline),
                new("3 години тому", Dateline),
                new("Усі права захищені", Footer),
                new("Теги: енергетика, Укренерго", Tags),
                new("Ви тут: Головна > Економіка", Tags),
            ],
            ["Останні новини", "Нацбанк зберіг облікову ставку", "У Києві відновили рух трамваїв"]),
        new("pl",
            "Rząd przyjął projekt budżetu na przyszły rok",
            [
                "Rada Ministrów przyjęła we wtorek projekt ustawy budżetowej, który zakłada deficyt na poziomie 184 miliardów złotych oraz wzrost wydatków na obronność i ochronę zdrowia.",
                "Zdaniem ekonomistów założenia rządu są zbyt optymistyczne, zwłaszcza w części dotyczącej wzrostu gospodarczego. Opozycja zapowiada, że będzie głosować przeciwko projektowi, a reklama rządowych programów budzi kontrowersje.",
            ],
            [
                new("Czytaj też: Inflacja w Polsce spadła do 4,9 procent", Inline),
                new("Reklama", Ad),
                new("Źródło: PAP", Caption),
                new("Obserwuj nas w Google News", Social),
                new("Udostępnij | Facebook | X | Kopiuj link", ShareBar),
                new("Zapisz się do newslettera i otrzymuj najważniejsze informacje", Newsletter),
                new("Używamy plików cookie, aby zapewnić prawidłowe działanie serwisu.", Cookie),
                new("Aby czytać dalej, wykup subskrypcję", Paywall),
                new("Autor: Anna Kowalska", Staff),
                new("Warszawa, 12 marca 2024", Dateline),
                new("2 godziny temu", Dateline),
                new("Wszelkie prawa zastrzeżone", Footer),
                new("Tagi: inflacja, NBP, stopy procentowe", Tags),
                new("Jesteś tutaj: Strona główna > Gospodarka", Tags),
            ],
            ["Najczęściej czytane", "Ceny prądu wzrosną od lipca", "Sejm uchwalił nową ustawę o mediach"]),
        new("tr",
            "Merkez Bankası politika faizini sabit tuttu",
            [
                "Türkiye Cumhuriyet Merkez Bankası, Para Politikası Kurulu toplantısında politika faizini yüzde 50 seviyesinde sabit tutma kararı aldığını açıkladı.",
                "Ekonomistler, enflasyondaki düşüşün beklenenden yavaş olduğunu ve faiz indirimlerinin yılın ikinci yarısına kalabileceğini belirtiyor. Bankanın açıklamasında, gerekli görülmesi halinde parasal sıkılaştırmanın yeniden başlatılabileceği vurgulandı.",
            ],
            [
                new("İlgili haber: Enflasyon şubatta yüzde 67'ye yükseldi", Inline),
                new("Reklam", Ad),
                new("Fotoğraf: AA", Caption),
                new("Bizi Google News'te takip edin", Social),
                new("Bizi Google Haberler üzerinden takip edin", Social),
                new("Paylaş | Facebook | WhatsApp | Linki kopyala", ShareBar),
                new("Bültenimize abone olun, gündemi kaçırmayın", Newsletter),
                new("Sitemizde çerezler kullanılmaktadır.", Cookie),
                new("Okumaya devam etmek için giriş yapın", Paywall),
                new("Muhabir: Ayşe Yılmaz", Staff),
                new("İstanbul, 12 Mart 2024", Dateline),
                new("3 saat önce", Dateline),
                new("Tüm hakları saklıdır", Footer),
                new("Etiketler: enflasyon, Merkez Bankası, faiz", Tags),
            ],
            ["Çok okunanlar", "Asgari ücrete ara zam yapılacak mı", "İstanbul'da kar yağışı bekleniyor"]),
        new("vi",
            "Quốc hội thông qua Luật Đất đai sửa đổi",
            [
                "Chiều nay, Quốc hội đã biểu quyết thông qua Luật Đất đai sửa đổi với đa số đại biểu tán thành, mở đường cho việc định giá đất theo nguyên tắc thị trường từ đầu năm tới.",
                "Theo các chuyên gia, luật mới sẽ giúp giảm khiếu kiện và minh bạch hóa thị trường bất động sản. Tuy nhiên, nhiều địa phương cho biết họ cần thêm thời gian để chuẩn bị các văn bản hướng dẫn.",
            ],
            [
                new("Xem thêm: Giá vàng hôm nay tăng mạnh", Inline),
                new("Quảng cáo", Ad),
                new("Ảnh: TTXVN", Caption),
                new("Theo dõi chúng tôi trên Google News", Social),
                new("Theo dõi kênh Zalo của chúng tôi để cập nhật tin tức mới nhất", Social),
                new("Mời quý độc giả theo dõi kênh Zalo của báo", Social),
                new("Chia sẻ | Facebook | Zalo | Sao chép link", ShareBar),
                new("Đăng ký nhận bản tin để cập nhật tin tức mới nhất", Newsletter),
                new("Chúng tôi sử dụng cookie để cải thiện trải nghiệm của bạn.", Cookie),
                new("Vui lòng đăng nhập để đọc tiếp", Paywall),
                new("Phóng viên: Nguyễn Văn An", Staff),
                new("Thứ Ba, 12/03/2024 10:30", Dateline),
                new("2 giờ trước", Dateline),
                new("Bản quyền thuộc về Báo Tin tức", Footer),
                new("Từ khóa: lãi suất, ngân hàng", Tags),
            ],
            ["Tin liên quan", "Giá xăng dầu giảm nhẹ từ chiều nay", "Hà Nội mở thêm tuyến xe buýt điện"]),
        new("ar",
            "البنك المركزي يرفع أسعار الفائدة للمرة الثالثة هذا العام",
            [
                "قرر البنك المركزي رفع سعر الفائدة الرئيسي بمقدار نصف نقطة مئوية، في خطوة تهدف إلى كبح التضخم الذي وصل إلى أعلى مستوى له منذ عشر سنوات، بحسب بيان صدر مساء الخميس.",
                "وقال محافظ البنك في مؤتمر صحفي إن السياسة النقدية ستبقى متشددة حتى تعود الأسعار إلى مستويات مقبولة. ويرى خبراء أن القرار سيؤثر على قروض الشركات الصغيرة والمتوسطة خلال الأشهر المقبلة.",
            ],
            [
                new("اقرأ أيضا: أسعار الذهب ترتفع مع تراجع الدولار", Inline),
                new("إعلان", Ad),
                new("صورة أرشيفية", Caption),
                new("تابعونا على فيسبوك وتويتر", Social),
                new("سيارات تسير في شارع غارق بمياه الأمطار وسط الإسكندرية. (رويترز)", Caption),
                new("شارك | فيسبوك | واتساب | نسخ الرابط", ShareBar),
                new("اشترك في النشرة البريدية لتصلك آخر الأخبار", Newsletter),
                new("نستخدم ملفات تعريف الارتباط لتحسين تجربتك على موقعنا.", Cookie),
                new("لمتابعة القراءة، سجل دخولك", Paywall),
                new("كتب: محمد علي", Staff),
                new("القاهرة، 12 مارس 2024", Dateline),
                new("منذ 3 ساعات", Dateline),
                new("جميع الحقوق محفوظة", Footer),
                new("الوسوم: الاقتصاد, التضخم", Tags),
            ],
            ["الأكثر قراءة", "ارتفاع أسعار النفط بعد قرار أوبك", "افتتاح معرض الكتاب بمشاركة واسعة"]),
        new("hi",
            "रिजर्व बैंक ने रेपो दर में कोई बदलाव नहीं किया",
            [
                "भारतीय रिजर्व बैंक ने शुक्रवार को अपनी मौद्रिक नीति समीक्षा में रेपो दर को साढ़े छह प्रतिशत पर स्थिर रखने का फैसला किया है, जिससे घर और कार के कर्ज की किस्तों में फिलहाल कोई बदलाव नहीं होगा।",
                "गवर्नर ने कहा कि महंगाई अब भी चिंता का विषय बनी हुई है और केंद्रीय बैंक की नजर खाने-पीने की चीजों की कीमतों पर है। विशेषज्ञों का मानना है कि ब्याज दरों में कटौती अगले साल की शुरुआत में ही संभव है।",
            ],
            [
                new("यह भी पढ़ें: शेयर बाजार में भारी गिरावट, सेंसेक्स 800 अंक टूटा", Inline),
                new("विज्ञापन", Ad),
                new("फोटो: पीटीआई", Caption),
                new("हमें फॉलो करें: फेसबुक और ट्विटर पर", Social),
                new("देश-दुनिया की ताज़ा खबरों के लिए हमें फेसबुक पर लाइक करें और ट्विटर पर फॉलो करें।", Social),
                new("देश-दुनिया की ताज़ा खबरों के लिए हमें गूगल न्यूज़ पर फॉलो करें।", Social),
                new("बड़ी खबरें सबसे पहले पाने के लिए हमारे व्हाट्सएप चैनल से जुड़ें", Social),
                new("अंधेरी सबवे में भरे पानी के बीच से गुजरते लोग। (फोटो- पीटीआई)", Caption),
                new("शेयर करें | फेसबुक | व्हाट्सएप | लिंक कॉपी करें", ShareBar),
                new("हमारे न्यूज़लेटर के लिए साइन अप करें", Newsletter),
                new("हम कुकीज़ का उपयोग करते हैं ताकि आपको बेहतर अनुभव मिल सके।", Cookie),
                new("पूरी खबर पढ़ने के लिए लॉग इन करें", Paywall),
                new("रिपोर्टर: राहुल शर्मा", Staff),
                new("नई दिल्ली, 12 मार्च 2024", Dateline),
                new("2 घंटे पहले", Dateline),
                new("सर्वाधिकार सुरक्षित", Footer),
                new("टैग: मानसून, मौसम विभाग", Tags),
            ],
            ["संबंधित खबरें", "पेट्रोल और डीजल के दाम में कटौती", "दिल्ली में बारिश से मौसम सुहाना"]),
        new("zh",
            "国务院常务会议部署进一步扩大内需",
            [
                "国务院总理主持召开国务院常务会议，研究部署进一步扩大内需的政策措施，会议指出要更好发挥消费的基础作用，加大对新能源汽车和家电以旧换新的支持力度。",
                "会议强调，各地区各部门要狠抓政策落实，确保各项措施尽快见效。专家表示，这些政策将有助于提振市场信心，推动经济持续回升向好。",
            ],
            [
                new("相关阅读：央行宣布降准0.5个百分点", Inline),
                new("广告", Ad),
                new("图：新华社", Caption),
                new("扫描二维码关注我们的微信公众号", Social),
                new("关注我们的微信公众号，获取更多资讯", Social),
                new("（责任编辑：张晓燕）", Staff),
                new("1月14日，旅客在广州南站候车大厅排队检票。（图/视觉中国）", Caption),
                new("分享到 | 微信 | 微博 | 复制链接", ShareBar),
                new("订阅电子报，每天获取最新资讯", Newsletter),
                new("本网站使用Cookie，以便为您提供更好的服务。", Cookie),
                new("登录后阅读全文", Paywall),
                new("责任编辑：王小明", Staff),
                new("2024年03月12日 10:30", Dateline),
                new("3小时前", Dateline),
                new("版权所有 新华网", Footer),
                new("标签：房地产 楼市 政策", Tags),
            ],
            ["热门新闻", "全国两会新闻发布会举行", "上海推出新一轮消费券"]),
        new("ja",
            "日銀、マイナス金利政策の解除を決定",
            [
                "日本銀行は十九日の金融政策決定会合で、マイナス金利政策の解除を賛成多数で決めた。大規模な金融緩和策は転換点を迎え、十七年ぶりの利上げとなる。",
                "植田総裁は記者会見で、賃金と物価の好循環が見通せるようになったと説明した。市場では今後の追加利上げの時期に関心が集まっている。",
            ],
            [
                new("関連記事：円相場、一時150円台に下落", Inline),
                new("スポンサーリンク", Ad),
                new("スポンサードリンク", Ad),
                new("写真：ロイター", Caption),
                new("公式LINEで友だち追加", Social),
                new("この記事をシェアする", Social),
                new("地震の影響で棚から落ちた商品を片付ける店員＝５日午前、高知市内（写真：共同）", Caption),
                new("シェア | ツイート | はてなブックマーク | URLをコピー", ShareBar),
                new("メルマガ登録で最新ニュースをお届けします", Newsletter),
                new("当サイトではCookieを使用しています。", Cookie),
                new("この記事は有料会員限定です。", Paywall),
                new("文：山田太郎", Staff),
                new("2024年3月19日 15:30", Dateline),
                new("3時間前", Dateline),
                new("無断転載を禁じます", Footer),
                new("タグ: 経済, 日銀", Tags),
            ],
            ["人気記事", "東京株式市場、日経平均が最高値を更新", "桜の開花、東京で平年より早く"]),
        new("ko",
            "한국은행, 기준금리 연 3.5%로 동결",
            [
                "한국은행 금융통화위원회는 22일 통화정책방향 회의를 열고 기준금리를 현재의 연 3.5%로 유지하기로 결정했다고 밝혔다.",
                "이창용 총재는 기자간담회에서 물가 상승률이 목표 수준으로 안정될 때까지 긴축 기조를 충분히 유지하겠다고 말했다. 시장에서는 하반기에나 금리 인하가 가능할 것으로 보고 있다.",
            ],
            [
                new("관련기사: 원·달러 환율 1,350원 돌파", Inline),
                new("광고", Ad),
                new("사진=연합뉴스", Caption),
                new("김철수 기자 구독", Social),
                new("9일 오전 서울 광화문 일대에서 시민들이 출근하고 있다. 사진=연합뉴스", Caption),
                new("공유 | 카카오톡 | 페이스북 | 링크 복사", ShareBar),
                new("뉴스레터 구독 신청하기", Newsletter),
                new("이 웹사이트는 쿠키를 사용합니다.", Cookie),
                new("로그인 후 기사 전문을 보실 수 있습니다", Paywall),
                new("글: 김영희", Staff),
                new("2024년 3월 22일 10:30", Dateline),
                new("2시간 전", Dateline),
                new("무단전재 및 재배포 금지", Footer),
                new("태그: 한국은행, 기준금리", Tags),
            ],
            ["많이 본 뉴스", "서울 아파트값 3주 연속 상승", "내일 전국에 비, 기온 뚝"]),
    ];

    /// <summary>Article prose in the three languages whose packs predate these samples, for the detector tests.</summary>
    public static IReadOnlyList<(string Language, string Prose)> OlderPacks { get; } =
    [
        ("en", "The central bank left interest rates unchanged on Thursday, saying that inflation had eased more slowly than expected and that it would wait for more evidence before cutting borrowing costs later this year."),
        ("id", "Pemerintah akan menaikkan harga bahan bakar minyak bersubsidi mulai bulan depan karena beban anggaran negara sudah terlalu berat. Menteri Keuangan mengatakan bahwa keputusan itu tidak mudah, tetapi harus diambil agar subsidi bisa lebih tepat sasaran. Warga yang ditemui di sejumlah SPBU mengaku khawatir harga kebutuhan pokok juga akan ikut naik."),
        ("ms", "Bank Negara Malaysia mengekalkan kadar dasar semalaman pada 3 peratus kerana beliau berpendapat bahawa tahap semasa adalah sesuai untuk menyokong ekonomi, manakala inflasi dijangka kekal sederhana sepanjang tahun ini. Menurut kenyataan itu, pertumbuhan ekonomi negara akan terus disokong oleh perbelanjaan isi rumah."),
    ];
}
