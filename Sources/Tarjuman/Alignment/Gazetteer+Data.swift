// GENERATED from Data/gazetteer.tsv by scripts/embed-data.py. Do not edit.

extension Gazetteer {
    /// The text of `Data/gazetteer.tsv`.
    public static let builtInText = #"""
# format: 1
# Tarjuman bilingual gazetteer: names translated rather than transliterated.
# Columns: type (PER, LOC, ORG), English forms, Arabic forms; forms are |-separated, preferred first.
# Provenance: CLDR 42.0 via ICU 72.1 (Unicode licence; see Data/README.md), plus hand-curated lists
# in scripts/build-gazetteer.py. 991 rows: CLDR countries 252, CLDR cities 342, hand-curated places 222, hand-curated organizations 175.
# Generated: do not edit. Rebuild: python3 scripts/build-gazetteer.py (check only: --check)
type	english	arabic
# -- CLDR countries: uloc_getDisplayCountry en/ar over uloc_getISOCountries, with CLDR short/variant forms and COUNTRY_EXTRA
LOC	Andorra	أندورا
LOC	United Arab Emirates|UAE|Emirates	الإمارات العربية المتحدة|الإمارات
LOC	Afghanistan	أفغانستان
LOC	Antigua and Barbuda|Antigua & Barbuda	أنتيغوا وبربودا
LOC	Anguilla	أنغويلا
LOC	Albania	ألبانيا
LOC	Armenia	أرمينيا
LOC	Angola	أنغولا
LOC	Antarctica	أنتاركتيكا
LOC	Argentina	الأرجنتين
LOC	American Samoa	ساموا الأمريكية
LOC	Austria	النمسا
LOC	Australia	أستراليا
LOC	Aruba	أروبا
LOC	Åland Islands	جزر آلاند
LOC	Azerbaijan	أذربيجان
LOC	Bosnia and Herzegovina|Bosnia & Herzegovina|Bosnia	البوسنة والهرسك
LOC	Barbados	بربادوس
LOC	Bangladesh	بنغلاديش
LOC	Belgium	بلجيكا
LOC	Burkina Faso	بوركينا فاسو
LOC	Bulgaria	بلغاريا
LOC	Bahrain	البحرين
LOC	Burundi	بوروندي
LOC	Benin	بنين
LOC	St. Barthélemy|Saint Barthélemy	سان بارتليمي|سانت بارتيليمي
LOC	Bermuda	برمودا
LOC	Brunei	بروناي
LOC	Bolivia	بوليفيا
LOC	Caribbean Netherlands	هولندا الكاريبية
LOC	Brazil	البرازيل
LOC	Bahamas	جزر البهاما
LOC	Bhutan	بوتان
LOC	Bouvet Island	جزيرة بوفيه
LOC	Botswana	بوتسوانا
LOC	Belarus	بيلاروس|بيلاروسيا
LOC	Belize	بليز
LOC	Canada	كندا
LOC	Cocos Islands|Keeling Islands	جزر كوكوس
LOC	Democratic Republic of the Congo|DR Congo|DRC|Congo-Kinshasa	جمهورية الكونغو الديمقراطية|الكونغو الديمقراطية
LOC	Central African Republic	جمهورية أفريقيا الوسطى
LOC	Republic of the Congo|Congo-Brazzaville	جمهورية الكونغو|الكونغو برازافيل
LOC	Switzerland	سويسرا
LOC	Côte d’Ivoire|Ivory Coast	ساحل العاج|كوت ديفوار
LOC	Cook Islands	جزر كوك
LOC	Chile	تشيلي
LOC	Cameroon	الكاميرون
LOC	China	الصين
LOC	Colombia	كولومبيا
LOC	Costa Rica	كوستاريكا
LOC	Cuba	كوبا
LOC	Cape Verde|Cabo Verde	الرأس الأخضر
LOC	Curaçao	كوراساو
LOC	Christmas Island	جزيرة كريسماس
LOC	Cyprus	قبرص
LOC	Czechia|Czech Republic	التشيك|جمهورية التشيك
LOC	Germany	ألمانيا
LOC	Diego Garcia	دييغو غارسيا
LOC	Djibouti	جيبوتي
LOC	Denmark	الدانمرك|الدنمارك
LOC	Dominica	دومينيكا
LOC	Dominican Republic	جمهورية الدومينيكان
LOC	Algeria	الجزائر
LOC	Ecuador	الإكوادور
LOC	Estonia	إستونيا
LOC	Egypt	مصر
LOC	Western Sahara	الصحراء الغربية
LOC	Eritrea	إريتريا
LOC	Spain	إسبانيا
LOC	Ethiopia	إثيوبيا
LOC	Finland	فنلندا
LOC	Fiji	فيجي
LOC	Falkland Islands	جزر فوكلاند
LOC	Micronesia	ميكرونيزيا
LOC	Faroe Islands	جزر فارو
LOC	France	فرنسا
LOC	Gabon	الغابون
LOC	United Kingdom|UK|U.K.|Britain|Great Britain	المملكة المتحدة|بريطانيا
LOC	Grenada	غرينادا
LOC	Georgia	جورجيا
LOC	French Guiana	غويانا الفرنسية
LOC	Guernsey	غيرنزي
LOC	Ghana	غانا
LOC	Gibraltar	جبل طارق
LOC	Greenland	غرينلاند
LOC	Gambia	غامبيا
LOC	Guinea	غينيا
LOC	Guadeloupe	غوادلوب
LOC	Equatorial Guinea	غينيا الاستوائية
LOC	Greece	اليونان
LOC	South Georgia and South Sandwich Islands|South Georgia & South Sandwich Islands	جورجيا الجنوبية وجزر ساندويتش الجنوبية
LOC	Guatemala	غواتيمالا
LOC	Guam	غوام
LOC	Guinea-Bissau	غينيا بيساو
LOC	Guyana	غيانا
LOC	Hong Kong	هونغ كونغ
LOC	Heard and McDonald Islands|Heard & McDonald Islands	جزيرة هيرد وجزر ماكدونالد
LOC	Honduras	هندوراس
LOC	Croatia	كرواتيا
LOC	Haiti	هايتي
LOC	Hungary	هنغاريا|المجر
LOC	Canary Islands	جزر الكناري
LOC	Indonesia	إندونيسيا
LOC	Ireland	أيرلندا
LOC	Israel	إسرائيل
LOC	Isle of Man	جزيرة مان
LOC	India	الهند
LOC	British Indian Ocean Territory	الإقليم البريطاني في المحيط الهندي
LOC	Iraq	العراق
LOC	Iran	إيران
LOC	Iceland	آيسلندا
LOC	Italy	إيطاليا
LOC	Jersey	جيرسي
LOC	Jamaica	جامايكا
LOC	Jordan	الأردن
LOC	Japan	اليابان
LOC	Kenya	كينيا
LOC	Kyrgyzstan	قيرغيزستان
LOC	Cambodia	كمبوديا
LOC	Kiribati	كيريباتي
LOC	Comoros	جزر القمر
LOC	St. Kitts and Nevis|St. Kitts & Nevis|Saint Kitts and Nevis	سانت كيتس ونيفيس
LOC	North Korea|DPRK	كوريا الشمالية
LOC	South Korea	كوريا الجنوبية
LOC	Kuwait	الكويت
LOC	Cayman Islands	جزر كايمان
LOC	Kazakhstan	كازاخستان
LOC	Laos	لاوس
LOC	Lebanon	لبنان
LOC	St. Lucia|Saint Lucia	سانت لوسيا|سانت لوشيا
LOC	Liechtenstein	ليختنشتاين
LOC	Sri Lanka	سريلانكا
LOC	Liberia	ليبيريا
LOC	Lesotho	ليسوتو
LOC	Lithuania	ليتوانيا
LOC	Luxembourg	لوكسمبورغ
LOC	Latvia	لاتفيا
LOC	Libya	ليبيا
LOC	Morocco	المغرب
LOC	Monaco	موناكو
LOC	Moldova	مولدوفا
LOC	Montenegro	الجبل الأسود
LOC	St. Martin|Saint Martin	سان مارتن
LOC	Madagascar	مدغشقر
LOC	Marshall Islands	جزر مارشال
LOC	North Macedonia|Macedonia	مقدونيا الشمالية|مقدونيا
LOC	Mali	مالي
LOC	Myanmar|Burma	ميانمار|بورما
LOC	Mongolia	منغوليا
LOC	Macao	منطقة ماكاو الإدارية الخاصة|مكاو|ماكاو
LOC	Northern Mariana Islands	جزر ماريانا الشمالية
LOC	Martinique	جزر المارتينيك|المارتينيك
LOC	Mauritania	موريتانيا
LOC	Montserrat	مونتسرات|مونتسيرات
LOC	Malta	مالطا|مالطة
LOC	Mauritius	موريشيوس
LOC	Maldives	جزر المالديف|المالديف
LOC	Malawi	ملاوي
LOC	Mexico	المكسيك
LOC	Malaysia	ماليزيا
LOC	Mozambique	موزمبيق
LOC	Namibia	ناميبيا
LOC	New Caledonia	كاليدونيا الجديدة
LOC	Niger	النيجر
LOC	Norfolk Island	جزيرة نورفولك
LOC	Nigeria	نيجيريا
LOC	Nicaragua	نيكاراغوا
LOC	Netherlands|Holland	هولندا
LOC	Norway	النرويج
LOC	Nepal	نيبال
LOC	Nauru	ناورو
LOC	Niue	نيوي
LOC	New Zealand|Aotearoa New Zealand	نيوزيلندا
LOC	Oman	عُمان
LOC	Panama	بنما
LOC	Peru	بيرو
LOC	French Polynesia	بولينيزيا الفرنسية
LOC	Papua New Guinea	بابوا غينيا الجديدة
LOC	Philippines	الفلبين
LOC	Pakistan	باكستان
LOC	Poland	بولندا
LOC	St. Pierre and Miquelon|St. Pierre & Miquelon|Saint Pierre and Miquelon	سان بيير ومكويلون
LOC	Pitcairn Islands	جزر بيتكيرن
LOC	Puerto Rico	بورتوريكو
LOC	Palestinian Territories|Palestine	الأراضي الفلسطينية|فلسطين
LOC	Portugal	البرتغال
LOC	Palau	بالاو
LOC	Paraguay	باراغواي
LOC	Qatar	قطر
LOC	Réunion	روينيون|ريونيون
LOC	Romania	رومانيا
LOC	Serbia	صربيا
LOC	Russia|Russian Federation	روسيا|روسيا الاتحادية
LOC	Rwanda	رواندا
LOC	Saudi Arabia	المملكة العربية السعودية|السعودية
LOC	Solomon Islands	جزر سليمان
LOC	Seychelles	سيشل
LOC	Sudan	السودان
LOC	Sweden	السويد
LOC	Singapore	سنغافورة
LOC	St. Helena|Saint Helena	سانت هيلينا
LOC	Slovenia	سلوفينيا
LOC	Svalbard and Jan Mayen|Svalbard & Jan Mayen	سفالبارد وجان ماين
LOC	Slovakia	سلوفاكيا
LOC	Sierra Leone	سيراليون
LOC	San Marino	سان مارينو
LOC	Senegal	السنغال
LOC	Somalia	الصومال
LOC	Suriname	سورينام
LOC	South Sudan	جنوب السودان
LOC	São Tomé and Príncipe|São Tomé & Príncipe	ساو تومي وبرينسيبي
LOC	El Salvador	السلفادور
LOC	Sint Maarten	سانت مارتن
LOC	Syria	سوريا|سورية
LOC	Eswatini|Swaziland	إسواتيني|سوازيلاند
LOC	Turks and Caicos Islands|Turks & Caicos Islands	جزر توركس وكايكوس
LOC	Chad	تشاد
LOC	French Southern Territories	الأقاليم الجنوبية الفرنسية
LOC	Togo	توغو
LOC	Thailand	تايلاند
LOC	Tajikistan	طاجيكستان
LOC	Tokelau	توكيلو
LOC	Timor-Leste|East Timor	تيمور الشرقية|تيمور ليشتي
LOC	Turkmenistan	تركمانستان
LOC	Tunisia	تونس
LOC	Tonga	تونغا
LOC	Turkey|Türkiye	تركيا
LOC	Trinidad and Tobago|Trinidad & Tobago	ترينيداد وتوباغو
LOC	Tuvalu	توفالو
LOC	Taiwan	تايوان
LOC	Tanzania	تنزانيا
LOC	Ukraine	أوكرانيا
LOC	Uganda	أوغندا
LOC	U.S. Outlying Islands	جزر الولايات المتحدة النائية
LOC	United States|US|U.S.|USA|United States of America|America	الولايات المتحدة|الولايات المتحدة الأمريكية|الولايات المتحدة الأميركية|أمريكا|أميركا
LOC	Uruguay	أورغواي
LOC	Uzbekistan	أوزبكستان
LOC	Vatican City|Vatican|Holy See	الفاتيكان|الكرسي الرسولي
LOC	St. Vincent and Grenadines|St. Vincent & Grenadines|Saint Vincent and Grenadines|Saint Vincent and the Grenadines	سانت فنسنت وجزر غرينادين
LOC	Venezuela	فنزويلا
LOC	British Virgin Islands	جزر فيرجن البريطانية
LOC	U.S. Virgin Islands	جزر فيرجن التابعة للولايات المتحدة
LOC	Vietnam	فيتنام
LOC	Vanuatu	فانواتو
LOC	Wallis and Futuna|Wallis & Futuna	جزر والس وفوتونا
LOC	Samoa	ساموا
LOC	Kosovo	كوسوفو
LOC	Yemen	اليمن
LOC	Mayotte	مايوت
LOC	South Africa	جنوب أفريقيا
LOC	Zambia	زامبيا
LOC	Zimbabwe	زيمبابوي
# -- CLDR cities: exemplar city of each canonical time zone (TimeZoneNames::getExemplarLocationName en/ar), with CITY_* corrections
LOC	Abidjan	أبيدجان
LOC	Accra	أكرا
LOC	Addis Ababa	أديس أبابا
LOC	Algiers	الجزائر العاصمة
LOC	Asmara	أسمرة
LOC	Bamako	باماكو
LOC	Bangui	بانغوي
LOC	Banjul	بانجول
LOC	Bissau	بيساو
LOC	Blantyre	بلانتاير
LOC	Brazzaville	برازافيل
LOC	Bujumbura	بوجومبورا
LOC	Cairo	القاهرة
LOC	Casablanca	الدار البيضاء
LOC	Ceuta	سيتا
LOC	Conakry	كوناكري
LOC	Dakar	داكار
LOC	Dar es Salaam	دار السلام
LOC	Douala	دوالا
LOC	El Aaiun|Laayoune	العيون
LOC	Freetown	فري تاون
LOC	Gaborone	غابورون
LOC	Harare	هراري
LOC	Johannesburg	جوهانسبرغ
LOC	Juba	جوبا
LOC	Kampala	كامبالا
LOC	Khartoum	الخرطوم
LOC	Kigali	كيغالي
LOC	Kinshasa	كينشاسا
LOC	Lagos	لاغوس
LOC	Libreville	ليبرفيل
LOC	Lome	لومي
LOC	Luanda	لواندا
LOC	Lubumbashi	لوبومباشي
LOC	Lusaka	لوساكا
LOC	Malabo	مالابو
LOC	Maputo	مابوتو
LOC	Maseru	ماسيرو
LOC	Mbabane	مباباني
LOC	Mogadishu	مقديشو|مقديشيو
LOC	Monrovia	مونروفيا
LOC	Nairobi	نيروبي
LOC	Ndjamena	نجامينا
LOC	Niamey	نيامي
LOC	Nouakchott	نواكشوط
LOC	Ouagadougou	واغادوغو
LOC	Porto-Novo	بورتو نوفو
LOC	São Tomé	ساو تومي
LOC	Tripoli	طرابلس
LOC	Tunis	تونس العاصمة
LOC	Windhoek	ويندهوك
LOC	Adak	أداك
LOC	Anchorage	أنشوراج
LOC	Antigua	أنتيغوا
LOC	Araguaina	أروجوانيا
LOC	La Rioja	لا ريوجا
LOC	Rio Gallegos	ريو جالييوس
LOC	Salta	سالطا
LOC	San Juan	سان خوان
LOC	San Luis	سان لويس
LOC	Tucuman	تاكمان
LOC	Ushuaia	أشوا
LOC	Asunción	أسونسيون
LOC	Bahia	باهيا
LOC	Bahia Banderas	باهيا بانديراس
LOC	Belem	بلم
LOC	Blanc-Sablon	بلانك-سابلون
LOC	Boa Vista	باو فيستا
LOC	Bogota	بوغوتا
LOC	Boise	بويس
LOC	Buenos Aires	بوينوس أيرس
LOC	Cambridge Bay	كامبرديج باي
LOC	Campo Grande	كومبو جراند
LOC	Cancun	كانكون
LOC	Caracas	كاراكاس
LOC	Catamarca	كاتاماركا
LOC	Cayenne	كايين
LOC	Chicago	شيكاغو
LOC	Chihuahua	تشيواوا
LOC	Cordoba	كوردوبا
LOC	Creston	كريستون
LOC	Cuiaba	كيابا
LOC	Danmarkshavn	دانمرك شافن
LOC	Dawson	داوسان
LOC	Dawson Creek	داوسن كريك
LOC	Denver	دنفر
LOC	Detroit	ديترويت
LOC	Edmonton	ايدمونتون
LOC	Eirunepe	ايرونبي
LOC	Fort Nelson	فورت نيلسون
LOC	Fortaleza	فورتاليزا
LOC	Glace Bay	جلاس باي
LOC	Nuuk	نوك
LOC	Goose Bay	جوس باي
LOC	Grand Turk	غراند ترك
LOC	Guayaquil	غواياكويل
LOC	Halifax	هاليفاكس
LOC	Havana	هافانا
LOC	Hermosillo	هيرموسيلو
LOC	Indianapolis	إنديانابوليس
LOC	Inuvik	اينوفيك
LOC	Iqaluit	اكويلت
LOC	Jujuy	جوجو
LOC	Juneau	جونو
LOC	Kralendijk	كرالنديك
LOC	La Paz	لا باز
LOC	Lima	ليما
LOC	Los Angeles	لوس انجلوس
LOC	Louisville	لويس فيل
LOC	Lower Prince’s Quarter	حي الأمير السفلي
LOC	Maceio	ماشيو
LOC	Managua	ماناغوا
LOC	Manaus	ماناوس
LOC	Marigot	ماريغوت
LOC	Matamoros	ماتاموروس
LOC	Mazatlan	مازاتلان
LOC	Mendoza	ميندوزا
LOC	Menominee	مينوميني
LOC	Merida	ميريدا
LOC	Metlakatla	ميتلاكاتلا
LOC	Mexico City	مكسيكو سيتي
LOC	Miquelon	مكويلون
LOC	Monterrey	مونتيري
LOC	Montevideo	مونتفيديو
LOC	Montreal	مونتريال
LOC	Nassau	ناسو
LOC	New York	نيويورك
LOC	Nipigon	نيبيجون
LOC	Nome	نوم
LOC	Noronha	نوروناه
LOC	Ojinaga	أوجيناجا
LOC	Pangnirtung	بانجينتينج
LOC	Paramaribo	باراماريبو
LOC	Phoenix	فينكس
LOC	Port-au-Prince	بورت أو برنس
LOC	Port of Spain	بورت أوف سبين
LOC	Porto Velho	بورتو فيلو
LOC	Punta Arenas	بونتا أريناز
LOC	Rainy River	راني ريفر
LOC	Rankin Inlet	رانكن انلت
LOC	Recife	ريسيف
LOC	Regina	ريجينا
LOC	Rio Branco	ريوبرانكو
LOC	Santa Isabel	سانتا إيزابيل
LOC	Santarem	سانتاريم
LOC	Santiago	سانتياغو
LOC	Santo Domingo	سانتو دومينغو
LOC	Sao Paulo	ساو باولو
LOC	Sitka	سيتكا
LOC	St. John’s|Saint John’s	سانت جونس
LOC	St. Kitts|Saint Kitts	سانت كيتس
LOC	St. Thomas|Saint Thomas	سانت توماس
LOC	St. Vincent|Saint Vincent	سانت فنسنت
LOC	Swift Current	سوفت كارنت
LOC	Tegucigalpa	تيغوسيغالبا
LOC	Thule	ثيل
LOC	Thunder Bay	ثندر باي
LOC	Tijuana	تيخوانا
LOC	Toronto	تورونتو
LOC	Tortola	تورتولا
LOC	Vancouver	فانكوفر
LOC	Whitehorse	وايت هورس
LOC	Winnipeg	وينيبيج
LOC	Yakutat	ياكوتات
LOC	Yellowknife	يلونيف
LOC	Macquarie	ماكواري
LOC	Longyearbyen	لونجيربين
LOC	Aden	عدن
LOC	Almaty	ألماتي
LOC	Amman	عمّان
LOC	Anadyr	أندير
LOC	Aqtau	أكتاو
LOC	Aqtobe	أكتوب
LOC	Ashgabat	عشق آباد
LOC	Atyrau	أتيراو
LOC	Baghdad	بغداد
LOC	Baku	باكو
LOC	Bangkok	بانكوك
LOC	Barnaul	بارناول
LOC	Beirut	بيروت
LOC	Bishkek	بشكيك
LOC	Kolkata|Calcutta	كالكتا|كلكتا
LOC	Chita	تشيتا
LOC	Choibalsan	تشوبالسان
LOC	Colombo	كولومبو
LOC	Damascus	دمشق
LOC	Dhaka	دكا
LOC	Dili	ديلي
LOC	Dubai	دبي
LOC	Dushanbe	دوشانبي
LOC	Famagusta	فاماغوستا
LOC	Gaza	غزة
LOC	Hebron	الخليل
LOC	Hovd	هوفد
LOC	Irkutsk	إيركوتسك|ايركيتسك
LOC	Jakarta	جاكرتا
LOC	Jayapura	جايابيورا
LOC	Jerusalem	القدس
LOC	Kabul	كابول
LOC	Kamchatka	كامتشاتكا
LOC	Karachi	كراتشي
LOC	Kathmandu	كاتماندو
LOC	Khandyga	خانديجا
LOC	Krasnoyarsk	كراسنويارسك
LOC	Kuala Lumpur	كوالا لامبور
LOC	Kuching	كيشينج
LOC	Magadan	ماغادان|مجادن
LOC	Makassar	ماكسار
LOC	Manila	مانيلا
LOC	Muscat	مسقط
LOC	Nicosia	نيقوسيا
LOC	Novokuznetsk	نوفوكوزنتسك
LOC	Novosibirsk	نوفوسيبيرسك|نوفوسبيرسك
LOC	Omsk	أومسك
LOC	Phnom Penh	بنوم بنه
LOC	Pontianak	بونتيانك
LOC	Pyongyang	بيونغ يانغ
LOC	Kostanay	قوستاناي
LOC	Qyzylorda	كيزيلوردا
LOC	Yangon|Rangoon	يانغون|رانغون
LOC	Riyadh	الرياض
LOC	Ho Chi Minh City	مدينة هو تشي منه
LOC	Sakhalin	سخالين|سكالين
LOC	Samarkand	سمرقند
LOC	Seoul	سيول|سول
LOC	Shanghai	شنغهاي
LOC	Srednekolymsk	سريدنكوليمسك
LOC	Taipei	تايبيه
LOC	Tashkent	طشقند
LOC	Tbilisi	تبليسي
LOC	Tehran	طهران
LOC	Thimphu	تيمفو
LOC	Tokyo	طوكيو
LOC	Tomsk	تومسك
LOC	Ulaanbaatar	أولان باتور
LOC	Urumqi	أورومتشي|أرومكي
LOC	Ust-Nera	أوست نيرا
LOC	Vientiane	فيانتيان
LOC	Vladivostok	فلاديفوستوك|فلاديفوستك
LOC	Yakutsk	ياكوتسك|ياكتسك
LOC	Yekaterinburg	يكاترينبورغ|يكاترنبيرج
LOC	Yerevan	يريفان
LOC	Azores	أزورس
LOC	Madeira	ماديرا
LOC	Reykjavik	ريكيافيك
LOC	South Georgia	جورجيا الجنوبية
LOC	Stanley	استانلي
LOC	Adelaide	أديلايد
LOC	Brisbane	بريسبان
LOC	Broken Hill	بروكن هيل
LOC	Currie	كوري
LOC	Darwin	داروين
LOC	Eucla	أوكلا
LOC	Hobart	هوبارت
LOC	Lindeman	ليندمان
LOC	Lord Howe	لورد هاو
LOC	Melbourne	ميلبورن
LOC	Perth	بيرث
LOC	Sydney	سيدني
LOC	Amsterdam	أمستردام
LOC	Astrakhan	أستراخان
LOC	Athens	أثينا
LOC	Belgrade	بلغراد
LOC	Berlin	برلين
LOC	Bratislava	براتيسلافا
LOC	Brussels	بروكسل
LOC	Bucharest	بوخارست
LOC	Budapest	بودابست
LOC	Busingen	بوسنغن
LOC	Chisinau	تشيسيناو
LOC	Copenhagen	كوبنهاغن
LOC	Dublin	دبلن
LOC	Helsinki	هلسنكي
LOC	Istanbul	إسطنبول
LOC	Kaliningrad	كالينينغراد|كالينجراد
LOC	Kyiv|Kiev	كييف
LOC	Kirov	كيروف
LOC	Lisbon	لشبونة
LOC	Ljubljana	ليوبليانا
LOC	London	لندن
LOC	Madrid	مدريد
LOC	Mariehamn	ماريهامن
LOC	Minsk	مينسك
LOC	Moscow	موسكو
LOC	Oslo	أوسلو
LOC	Paris	باريس
LOC	Podgorica	بودغوريكا
LOC	Prague	براغ
LOC	Riga	ريغا
LOC	Rome	روما
LOC	Samara	سامارا
LOC	Sarajevo	سراييفو
LOC	Saratov	ساراتوف
LOC	Simferopol	سيمفروبول
LOC	Skopje	سكوبي
LOC	Sofia	صوفيا
LOC	Stockholm	ستوكهولم
LOC	Tallinn	تالين
LOC	Tirane	تيرانا
LOC	Ulyanovsk	أوليانوفسك
LOC	Uzhhorod	أوزجرود
LOC	Vaduz	فادوز
LOC	Vienna	فيينا
LOC	Vilnius	فيلنيوس
LOC	Volgograd	فولغوغراد|فولوجراد
LOC	Warsaw	وارسو
LOC	Zagreb	زغرب
LOC	Zaporozhye|Zaporizhzhia	زابوروجيا|زابوروزي
LOC	Zurich	زيورخ
LOC	Antananarivo	أنتاناناريفو
LOC	Chagos	تشاغوس
LOC	Kerguelen	كيرغويلين
LOC	Mahe	ماهي
LOC	Apia	أبيا
LOC	Auckland	أوكلاند
LOC	Bougainville	بوغانفيل
LOC	Chatham	تشاثام
LOC	Efate	إيفات
LOC	Enderbury	اندربيرج
LOC	Fakaofo	فاكاوفو
LOC	Funafuti	فونافوتي
LOC	Galapagos	جلاباجوس
LOC	Gambier	جامبير
LOC	Guadalcanal	غوادالكانال
LOC	Honolulu	هونولولو
LOC	Kiritimati	كيريتي ماتي
LOC	Kosrae	كوسرا
LOC	Kwajalein	كواجالين
LOC	Majuro	ماجورو
LOC	Marquesas	ماركيساس
LOC	Midway	ميدواي
LOC	Norfolk	نورفولك
LOC	Noumea	نوميا
LOC	Pago Pago	باغو باغو
LOC	Pitcairn	بيتكيرن
LOC	Port Moresby	بور مورسبي
LOC	Rarotonga	راروتونغا
LOC	Saipan	سايبان
LOC	Tahiti	تاهيتي
LOC	Tarawa	تاراوا
LOC	Tongatapu	تونغاتابو
LOC	Wallis	واليس
# -- hand-curated places (HAND_LOC)
LOC	Aleppo	حلب
LOC	Homs	حمص
LOC	Hama	حماة
LOC	Idlib|Idleb	إدلب
LOC	Latakia|Lattakia	اللاذقية
LOC	Tartus|Tartous	طرطوس
LOC	Daraa|Deraa|Dara'a	درعا
LOC	Quneitra	القنيطرة
LOC	Suwayda|Sweida|Suwaida|As-Suwayda	السويداء
LOC	Raqqa|Raqqah|al-Raqqa	الرقة
LOC	Deir ez-Zor|Deir al-Zor|Deir ez-Zour|Deir al-Zour|Deir Ezzor|Deir el-Zour	دير الزور
LOC	Hasakah|Hasaka|Hasakeh|al-Hasakah	الحسكة
LOC	Qamishli|Qamishlo|Qamishly|Kamishli	القامشلي|قامشلو
LOC	Kobani|Kobane|Ain al-Arab|Ayn al-Arab	كوباني|عين العرب
LOC	Afrin|Efrin	عفرين
LOC	Manbij	منبج
LOC	Jarabulus	جرابلس
LOC	Azaz|A'zaz	أعزاز
LOC	Tal Rifaat|Tel Rifaat	تل رفعت
LOC	Sheikh Maqsoud|Sheikh Maqsud	الشيخ مقصود
LOC	Tal Abyad|Tell Abyad|Gire Spi	تل أبيض|كري سبي
LOC	Ras al-Ain|Ras al-Ayn|Serekaniye|Sere Kaniye	رأس العين|سري كانيه
LOC	Ain Issa|Ayn Issa	عين عيسى
LOC	Tal Tamr	تل تمر
LOC	Amuda	عامودا
LOC	Derik|al-Malikiyah	ديريك|المالكية
LOC	Shaddadi|al-Shaddadi	الشدادي
LOC	Baghouz|al-Baghouz	الباغوز
LOC	al-Hol|al-Hol camp|Hol camp|al-Hawl	الهول|مخيم الهول
LOC	Abu Kamal|Albu Kamal|al-Bukamal|Boukamal	البوكمال|أبو كمال
LOC	al-Tanf|Tanf	التنف
LOC	Palmyra|Tadmur	تدمر
LOC	Douma	دوما
LOC	Eastern Ghouta|East Ghouta	الغوطة الشرقية
LOC	Rif Dimashq|Damascus countryside|Rural Damascus	ريف دمشق
LOC	Sayyida Zeinab|Sayyida Zaynab	السيدة زينب
LOC	Qusayr|al-Qusayr	القصير
LOC	Maarat al-Numan|Maarat al-Nouman	معرة النعمان
LOC	Saraqib	سراقب
LOC	Jisr al-Shughur	جسر الشغور
LOC	Bab al-Hawa	باب الهوى
LOC	Hmeimim|Khmeimim	حميميم|قاعدة حميميم
LOC	Golan Heights|Golan	الجولان|هضبة الجولان|مرتفعات الجولان
LOC	Tishrin Dam	سد تشرين
LOC	Tabqa Dam|Euphrates Dam	سد الفرات|سد الطبقة
LOC	Rojava	روج آفا
LOC	North and East Syria|Northeast Syria	شمال وشرق سوريا|شمال شرق سوريا|شمال شرقي سوريا
LOC	Mosul	الموصل
LOC	Erbil|Arbil|Hawler|Hewler	أربيل|اربيل|هولير
LOC	Kirkuk	كركوك
LOC	Sulaimani|Sulaymaniyah|Sulaimaniyah|Slemani	السليمانية
LOC	Duhok|Dohuk|Dahuk	دهوك
LOC	Halabja	حلبجة
LOC	Zakho	زاخو
LOC	Soran	سوران
LOC	Koya|Koysinjaq	كويسنجق|كويه
LOC	Khanaqin	خانقين
LOC	Tuz Khurmatu|Tuz Khurmato	طوزخورماتو|طوز خورماتو
LOC	Sinjar|Shingal	سنجار|شنكال
LOC	Mount Sinjar	جبل سنجار
LOC	Tal Afar|Tel Afar	تلعفر|تل عفر
LOC	Makhmour|Makhmur	مخمور
LOC	Nineveh|Ninewa	نينوى
LOC	Nineveh Plains|Nineveh Plain	سهل نينوى
LOC	Anbar|al-Anbar	الأنبار
LOC	Fallujah|Falluja	الفلوجة
LOC	Ramadi	الرمادي
LOC	Tikrit	تكريت
LOC	Samarra	سامراء
LOC	Baiji|Beiji	بيجي
LOC	Salahuddin|Salah al-Din	صلاح الدين
LOC	Diyala	ديالى
LOC	Baqubah|Baquba	بعقوبة
LOC	Kut	الكوت
LOC	Hillah|Hilla	الحلة
LOC	Diwaniyah|Diwaniya	الديوانية
LOC	Basra|Basrah	البصرة
LOC	Umm Qasr	أم قصر
LOC	Najaf	النجف
LOC	Karbala|Kerbala	كربلاء
LOC	Nasiriyah|Nasiriya	الناصرية
LOC	Sadr City	مدينة الصدر
LOC	Abu Ghraib	أبو غريب
LOC	Jurf al-Sakhar|Jurf al-Nasr	جرف الصخر|جرف النصر
LOC	Green Zone	المنطقة الخضراء
LOC	Ain al-Asad|Ain al-Asad air base	عين الأسد|قاعدة عين الأسد
LOC	Harir air base	قاعدة حرير
LOC	Qandil|Qandil Mountains	قنديل|جبال قنديل
LOC	Kurdistan Region|Kurdistan Region of Iraq|KRI|Iraqi Kurdistan	إقليم كردستان|إقليم كوردستان|كردستان العراق|إقليم كردستان العراق
LOC	Kurdistan	كردستان|كوردستان
LOC	Ankara	أنقرة
LOC	Gaziantep|Antep	غازي عنتاب|عنتاب
LOC	Sanliurfa|Urfa	شانلي أورفا|أورفا|أورفة
LOC	Diyarbakir|Amed	ديار بكر|آمد
LOC	Hatay	هاتاي
LOC	Antakya|Antioch	أنطاكيا
LOC	Kilis	كلس
LOC	Mardin	ماردين
LOC	Nusaybin	نصيبين
LOC	Adana	أضنة
LOC	Incirlik|Incirlik air base	إنجرليك|قاعدة إنجرليك
LOC	Izmir	إزمير
LOC	Sirnak	شرناق
LOC	Hakkari	هكاري
LOC	Kahramanmaras	كهرمان مرعش|قهرمان مرعش
LOC	Sidon|Saida	صيدا
LOC	Baalbek	بعلبك
LOC	Bekaa|Beqaa|Bekaa Valley	البقاع
LOC	Dahiyeh|Dahieh	الضاحية الجنوبية
LOC	Nabatieh|Nabatiyeh	النبطية
LOC	South Lebanon|southern Lebanon	جنوب لبنان
LOC	Litani|Litani River	الليطاني|نهر الليطاني
LOC	Gaza Strip	قطاع غزة
LOC	West Bank	الضفة الغربية
LOC	East Jerusalem	القدس الشرقية
LOC	Ramallah	رام الله
LOC	Nablus	نابلس
LOC	Jenin	جنين
LOC	Tulkarm	طولكرم
LOC	Bethlehem	بيت لحم
LOC	Jericho	أريحا
LOC	Rafah	رفح
LOC	Khan Younis|Khan Yunis	خان يونس
LOC	Deir al-Balah	دير البلح
LOC	Jabalia|Jabaliya	جباليا
LOC	Tel Aviv	تل أبيب
LOC	Haifa	حيفا
LOC	Jaffa	يافا
LOC	Beersheba|Beer Sheva	بئر السبع
LOC	Eilat	إيلات
LOC	Ashkelon	عسقلان
LOC	Ashdod	أسدود
LOC	Sderot	سديروت
LOC	Nazareth	الناصرة
LOC	Acre|Akko	عكا
LOC	Negev	النقب
LOC	Galilee	الجليل
LOC	Al-Aqsa Mosque|al-Aqsa	المسجد الأقصى|الأقصى
LOC	Irbid	إربد
LOC	Zaatari|Zaatari camp	الزعتري|مخيم الزعتري
LOC	Alexandria	الإسكندرية
LOC	Giza	الجيزة
LOC	Sinai	سيناء
LOC	Suez	السويس
LOC	Suez Canal	قناة السويس
LOC	Port Said	بورسعيد|بور سعيد
LOC	Sharm el-Sheikh	شرم الشيخ
LOC	Luxor	الأقصر
LOC	Aswan	أسوان
LOC	Abu Dhabi	أبوظبي|أبو ظبي
LOC	Doha	الدوحة
LOC	Manama	المنامة
LOC	Kuwait City	مدينة الكويت
LOC	Jeddah|Jidda	جدة
LOC	Mecca|Makkah	مكة|مكة المكرمة
LOC	Medina|Madinah	المدينة المنورة
LOC	Dammam	الدمام
LOC	Sharjah	الشارقة
LOC	Strait of Hormuz|Hormuz	مضيق هرمز|هرمز
LOC	Sanaa|Sana'a	صنعاء
LOC	Hodeidah|Hudaydah	الحديدة
LOC	Marib	مأرب
LOC	Taiz	تعز
LOC	Saada	صعدة
LOC	Mukalla	المكلا
LOC	Hadramout|Hadramawt|Hadhramaut	حضرموت
LOC	Bab al-Mandab|Bab el-Mandeb	باب المندب
LOC	Isfahan|Esfahan	أصفهان
LOC	Tabriz	تبريز
LOC	Qom	قم
LOC	Shiraz	شيراز
LOC	Ahvaz|Ahwaz	الأهواز
LOC	Kermanshah	كرمانشاه
LOC	Natanz	نطنز
LOC	Fordow	فوردو
LOC	Bushehr	بوشهر
LOC	Mahabad	مهاباد
LOC	Sanandaj	سنندج
LOC	Urmia	أرومية
LOC	Benghazi	بنغازي
LOC	Misrata|Misurata	مصراتة
LOC	Sirte	سرت
LOC	Derna	درنة
LOC	Darfur	دارفور
LOC	Omdurman	أم درمان
LOC	El Fasher|al-Fashir	الفاشر
LOC	Kandahar	قندهار
LOC	Herat	هرات
LOC	Crimea	القرم|شبه جزيرة القرم
LOC	Donbas|Donbass	دونباس
LOC	Donetsk	دونيتسك
LOC	Luhansk|Lugansk	لوغانسك
LOC	Kharkiv|Kharkov	خاركيف
LOC	Odesa|Odessa	أوديسا
LOC	Mariupol	ماريوبول
LOC	Kherson	خيرسون
LOC	Bakhmut	باخموت
LOC	St. Petersburg|Saint Petersburg	سانت بطرسبرغ
LOC	Sochi	سوتشي
LOC	Washington	واشنطن
LOC	Beijing	بكين
LOC	New Delhi	نيودلهي
LOC	Islamabad	إسلام آباد
LOC	Ottawa	أوتاوا
LOC	Astana	أستانا
LOC	Geneva	جنيف
LOC	The Hague	لاهاي
LOC	Munich	ميونخ
LOC	Davos	دافوس
LOC	Middle East	الشرق الأوسط
LOC	Levant	بلاد الشام
LOC	Europe	أوروبا
LOC	Africa	أفريقيا
LOC	Asia	آسيا
LOC	Mediterranean|Mediterranean Sea	البحر المتوسط|البحر الأبيض المتوسط
LOC	Red Sea	البحر الأحمر
LOC	Black Sea	البحر الأسود
LOC	Persian Gulf|Arabian Gulf	الخليج العربي|الخليج الفارسي
LOC	Euphrates|Euphrates River	الفرات|نهر الفرات
LOC	Tigris|Tigris River	دجلة|نهر دجلة
LOC	Khabur|Khabur River	الخابور|نهر الخابور
LOC	Nile	النيل
# -- hand-curated organizations (HAND_ORG)
ORG	United Nations|UN|U.N.	الأمم المتحدة|منظمة الأمم المتحدة
ORG	UN Security Council|Security Council|UNSC	مجلس الأمن|مجلس الأمن الدولي
ORG	UN General Assembly|General Assembly	الجمعية العامة للأمم المتحدة|الجمعية العامة
ORG	UN Human Rights Council|Human Rights Council	مجلس حقوق الإنسان
ORG	NATO|North Atlantic Treaty Organization	الناتو|حلف شمال الأطلسي|حلف الناتو
ORG	European Union|EU	الاتحاد الأوروبي
ORG	European Commission	المفوضية الأوروبية
ORG	European Parliament	البرلمان الأوروبي
ORG	Arab League|League of Arab States	الجامعة العربية|جامعة الدول العربية
ORG	Gulf Cooperation Council|GCC	مجلس التعاون الخليجي|مجلس التعاون لدول الخليج العربية
ORG	African Union	الاتحاد الأفريقي
ORG	Organisation of Islamic Cooperation|Organization of Islamic Cooperation|OIC	منظمة التعاون الإسلامي
ORG	G20|Group of Twenty	مجموعة العشرين
ORG	G7|Group of Seven	مجموعة السبع
ORG	World Health Organization|WHO	منظمة الصحة العالمية
ORG	UNHCR|UN refugee agency	المفوضية السامية للأمم المتحدة لشؤون اللاجئين|مفوضية الأمم المتحدة لشؤون اللاجئين|مفوضية اللاجئين
ORG	UNICEF	اليونيسف|منظمة الأمم المتحدة للطفولة
ORG	World Food Programme|World Food Program|WFP	برنامج الأغذية العالمي
ORG	OCHA	مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية|أوتشا
ORG	UNRWA	الأونروا|وكالة الأمم المتحدة لإغاثة وتشغيل اللاجئين الفلسطينيين
ORG	International Organization for Migration|IOM	المنظمة الدولية للهجرة
ORG	International Committee of the Red Cross|ICRC|Red Cross	اللجنة الدولية للصليب الأحمر|الصليب الأحمر
ORG	Syrian Arab Red Crescent|SARC	الهلال الأحمر العربي السوري
ORG	Kurdish Red Crescent|Heyva Sor	الهلال الأحمر الكردي
ORG	International Criminal Court|ICC	المحكمة الجنائية الدولية
ORG	International Court of Justice|ICJ	محكمة العدل الدولية
ORG	International Atomic Energy Agency|IAEA	الوكالة الدولية للطاقة الذرية
ORG	Organisation for the Prohibition of Chemical Weapons|OPCW	منظمة حظر الأسلحة الكيميائية
ORG	OPEC	أوبك|منظمة الدول المصدرة للنفط
ORG	International Monetary Fund|IMF	صندوق النقد الدولي
ORG	World Bank	البنك الدولي
ORG	Human Rights Watch|HRW	هيومن رايتس ووتش
ORG	Amnesty International|Amnesty	منظمة العفو الدولية|العفو الدولية
ORG	Doctors Without Borders|Médecins Sans Frontières|MSF	أطباء بلا حدود
ORG	Syrian Observatory for Human Rights|SOHR	المرصد السوري لحقوق الإنسان
ORG	White Helmets|Syria Civil Defence	الخوذ البيضاء|الدفاع المدني السوري
ORG	Global Coalition|US-led coalition|international coalition|anti-ISIS coalition|Global Coalition to Defeat ISIS	التحالف الدولي|التحالف الدولي بقيادة الولايات المتحدة|التحالف الدولي ضد داعش
ORG	Operation Inherent Resolve|CJTF-OIR	عملية العزم الصلب
ORG	White House	البيت الأبيض
ORG	Pentagon	البنتاغون
ORG	State Department|US State Department|Department of State	وزارة الخارجية الأمريكية|وزارة الخارجية الأميركية|الخارجية الأمريكية|الخارجية الأميركية
ORG	Department of Defense|Defense Department|US Department of Defense	وزارة الدفاع الأمريكية|وزارة الدفاع الأميركية
ORG	Treasury Department|US Treasury	وزارة الخزانة الأمريكية|وزارة الخزانة الأميركية
ORG	US Central Command|CENTCOM	القيادة المركزية الأمريكية|القيادة المركزية الأميركية|سنتكوم
ORG	CIA|Central Intelligence Agency	وكالة المخابرات المركزية الأمريكية|وكالة الاستخبارات المركزية الأمريكية|سي آي إيه
ORG	FBI	مكتب التحقيقات الفيدرالي|إف بي آي
ORG	Congress|US Congress	الكونغرس|الكونغرس الأمريكي|الكونغرس الأميركي
ORG	US Senate|Senate	مجلس الشيوخ|مجلس الشيوخ الأمريكي|مجلس الشيوخ الأميركي
ORG	Republican Party	الحزب الجمهوري
ORG	Democratic Party	الحزب الديمقراطي
ORG	Kremlin	الكرملين
ORG	Wagner Group|Wagner	فاغنر|مجموعة فاغنر
ORG	Islamic Revolutionary Guard Corps|IRGC|Revolutionary Guards	الحرس الثوري|الحرس الثوري الإيراني
ORG	Quds Force	فيلق القدس
ORG	Basij	الباسيج|البسيج
ORG	Fatemiyoun|Fatemiyoun Brigade	لواء فاطميون
ORG	Zainabiyoun|Zainabiyoun Brigade	لواء زينبيون
ORG	Israel Defense Forces|IDF|Israeli army	الجيش الإسرائيلي|جيش الدفاع الإسرائيلي
ORG	Mossad	الموساد
ORG	Shin Bet	الشاباك
ORG	Knesset	الكنيست
ORG	Likud	الليكود|حزب الليكود
ORG	Turkish army|Turkish Armed Forces	الجيش التركي|القوات المسلحة التركية
ORG	Justice and Development Party|AKP|AK Party	حزب العدالة والتنمية
ORG	Nationalist Movement Party|MHP	حزب الحركة القومية
ORG	Republican People's Party|CHP	حزب الشعب الجمهوري
ORG	Peoples' Democratic Party|HDP	حزب الشعوب الديمقراطي
ORG	DEM Party|Peoples' Equality and Democracy Party	حزب المساواة وديمقراطية الشعوب
ORG	Syrian Democratic Forces|SDF	قوات سوريا الديمقراطية|قسد
ORG	People's Protection Units|YPG	وحدات حماية الشعب
ORG	Women's Protection Units|YPJ	وحدات حماية المرأة
ORG	Kurdistan Workers' Party|PKK	حزب العمال الكردستاني|العمال الكردستاني
ORG	Democratic Union Party|PYD	حزب الاتحاد الديمقراطي
ORG	Kurdistan Communities Union|KCK	منظومة المجتمع الكردستاني
ORG	Syrian Democratic Council|SDC	مجلس سوريا الديمقراطية|مسد
ORG	Autonomous Administration of North and East Syria|AANES|DAANES|Autonomous Administration|Self-Administration	الإدارة الذاتية لشمال وشرق سوريا|الإدارة الذاتية الديمقراطية لشمال وشرق سوريا|الإدارة الذاتية
ORG	Asayish	الأسايش|الآساييش
ORG	Kurdish National Council|ENKS|KNC	المجلس الوطني الكردي
ORG	Syriac Military Council	المجلس العسكري السرياني
ORG	Manbij Military Council	مجلس منبج العسكري
ORG	Deir ez-Zor Military Council|Deir al-Zor Military Council	مجلس دير الزور العسكري
ORG	Sinjar Resistance Units|YBS	وحدات مقاومة سنجار|وحدات مقاومة شنكال|وحدات حماية سنجار
ORG	Kurdistan Democratic Party|KDP	الحزب الديمقراطي الكردستاني|الديمقراطي الكردستاني
ORG	Patriotic Union of Kurdistan|PUK	الاتحاد الوطني الكردستاني
ORG	Gorran|Change Movement	حركة التغيير|كوران
ORG	New Generation|New Generation Movement	حراك الجيل الجديد
ORG	Kurdistan Regional Government|KRG	حكومة إقليم كردستان|حكومة إقليم كوردستان
ORG	Kurdistan Parliament|Kurdistan Region Parliament	برلمان إقليم كردستان|برلمان كردستان|برلمان كوردستان
ORG	Peshmerga	البيشمركة|قوات البيشمركة
ORG	Democratic Party of Iranian Kurdistan|KDPI	الحزب الديمقراطي الكردستاني الإيراني
ORG	PJAK|Kurdistan Free Life Party	حزب الحياة الحرة الكردستاني|حزب الحياة الحرة الكردي|بيجاك
ORG	Syrian army|Syrian Arab Army|SAA	الجيش السوري|الجيش العربي السوري
ORG	National Defence Forces|National Defense Forces|NDF	قوات الدفاع الوطني
ORG	Fourth Division|4th Division	الفرقة الرابعة
ORG	Tiger Forces	قوات النمر
ORG	Baath Party|Ba'ath Party	حزب البعث|حزب البعث العربي الاشتراكي
ORG	Free Syrian Army|FSA	الجيش السوري الحر|الجيش الحر
ORG	Syrian National Army|SNA	الجيش الوطني السوري
ORG	Syrian National Coalition|Syrian Opposition Coalition	الائتلاف الوطني السوري|الائتلاف الوطني لقوى الثورة والمعارضة السورية
ORG	Syrian Interim Government	الحكومة السورية المؤقتة
ORG	Syrian Salvation Government|Salvation Government	حكومة الإنقاذ|حكومة الإنقاذ السورية
ORG	Military Operations Command|Military Operations Department	إدارة العمليات العسكرية
ORG	Hayat Tahrir al-Sham|HTS	هيئة تحرير الشام
ORG	Jabhat al-Nusra|Nusra Front|al-Nusra Front	جبهة النصرة
ORG	Hurras al-Din	حراس الدين|تنظيم حراس الدين
ORG	Ahrar al-Sham	أحرار الشام|حركة أحرار الشام
ORG	Jaish al-Islam	جيش الإسلام
ORG	Sultan Murad Division	فرقة السلطان مراد
ORG	Hamza Division|al-Hamza Division	فرقة الحمزة|الحمزات
ORG	Sultan Suleiman Shah Division|Suleiman Shah Brigade|Amshat	فرقة السلطان سليمان شاه|العمشات
ORG	Ahrar al-Sharqiya	أحرار الشرقية
ORG	Islamic State|IS|ISIS|ISIL|Daesh|Islamic State group	داعش|تنظيم الدولة|تنظيم الدولة الإسلامية|الدولة الإسلامية|تنظيم داعش
ORG	al-Qaeda|al-Qaida	القاعدة|تنظيم القاعدة
ORG	Taliban	طالبان|حركة طالبان
ORG	al-Shabaab	حركة الشباب|حركة الشباب المجاهدين
ORG	Boko Haram	بوكو حرام
ORG	Muslim Brotherhood	جماعة الإخوان المسلمين|الإخوان المسلمون|الإخوان المسلمين
ORG	Iraqi army	الجيش العراقي
ORG	Counter-Terrorism Service|CTS	جهاز مكافحة الإرهاب
ORG	Popular Mobilization Forces|Popular Mobilisation Forces|PMF|Popular Mobilization Units|PMU|Hashd al-Shaabi|Hashd	الحشد الشعبي|هيئة الحشد الشعبي|قوات الحشد الشعبي
ORG	Kataib Hezbollah|Kata'ib Hezbollah	كتائب حزب الله
ORG	Asaib Ahl al-Haq	عصائب أهل الحق
ORG	Harakat al-Nujaba|Nujaba	حركة النجباء|النجباء
ORG	Badr Organization	منظمة بدر
ORG	Islamic Resistance in Iraq	المقاومة الإسلامية في العراق
ORG	Sadrist movement	التيار الصدري
ORG	Saraya al-Salam	سرايا السلام
ORG	Coordination Framework	الإطار التنسيقي
ORG	Iraqi parliament|Council of Representatives	مجلس النواب العراقي|البرلمان العراقي
ORG	Hezbollah|Hizbollah|Hizballah	حزب الله
ORG	Amal Movement	حركة أمل
ORG	Lebanese Forces	القوات اللبنانية|حزب القوات اللبنانية
ORG	Free Patriotic Movement	التيار الوطني الحر
ORG	Lebanese army|Lebanese Armed Forces	الجيش اللبناني
ORG	Hamas	حماس|حركة حماس
ORG	Palestinian Islamic Jihad|Islamic Jihad	حركة الجهاد الإسلامي|الجهاد الإسلامي
ORG	Fatah	حركة فتح|فتح
ORG	Palestinian Authority	السلطة الفلسطينية
ORG	Palestine Liberation Organization|PLO	منظمة التحرير الفلسطينية
ORG	Houthis|Houthi|Ansar Allah|Ansarallah	الحوثيون|الحوثيين|جماعة الحوثي|أنصار الله
ORG	Presidential Leadership Council	مجلس القيادة الرئاسي
ORG	Southern Transitional Council|STC	المجلس الانتقالي الجنوبي
ORG	Libyan National Army|LNA	الجيش الوطني الليبي
ORG	Rapid Support Forces|RSF	قوات الدعم السريع
ORG	Sudanese Armed Forces|Sudanese army	القوات المسلحة السودانية|الجيش السوداني
ORG	Kurdistan 24|K24	كوردستان 24|كردستان 24
ORG	Rudaw	روداو
ORG	Reuters	رويترز
ORG	Agence France-Presse|AFP	وكالة فرانس برس|فرانس برس|وكالة الصحافة الفرنسية|أ ف ب
ORG	Associated Press|AP	أسوشيتد برس|وكالة أسوشيتد برس|أسوشيتيد برس
ORG	Al Jazeera|Aljazeera	الجزيرة|قناة الجزيرة
ORG	Al Arabiya	قناة العربية
ORG	Sky News Arabia	سكاي نيوز عربية
ORG	BBC	بي بي سي|هيئة الإذاعة البريطانية
ORG	CNN	سي إن إن
ORG	France 24	فرانس 24
ORG	Deutsche Welle|DW	دويتشه فيله
ORG	Euronews	يورونيوز
ORG	Alhurra|Al Hurra	قناة الحرة
ORG	SANA|Syrian Arab News Agency	سانا|الوكالة العربية السورية للأنباء
ORG	Sputnik	سبوتنيك
ORG	TASS	تاس|وكالة تاس
ORG	RIA Novosti	ريا نوفوستي
ORG	Xinhua	شينخوا|وكالة شينخوا
ORG	Anadolu Agency|Anadolu	وكالة الأناضول|الأناضول
ORG	IRNA	وكالة الجمهورية الإسلامية للأنباء|إرنا
ORG	Iraqi News Agency|INA	وكالة الأنباء العراقية|واع
ORG	Hawar News Agency|ANHA|Hawar	وكالة أنباء هاوار|وكالة هاوار|هاوار
ORG	North Press Agency|North Press	نورث برس|وكالة نورث برس
ORG	Enab Baladi	عنب بلدي
ORG	Shafaq News	شفق نيوز
ORG	Al-Monitor	المونيتور
ORG	Al-Manar	قناة المنار
ORG	New York Times|The New York Times	نيويورك تايمز
ORG	Washington Post|The Washington Post	واشنطن بوست
"""#
}
