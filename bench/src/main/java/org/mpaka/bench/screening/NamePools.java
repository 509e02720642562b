package org.mpaka.bench.screening;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Name material for {@link SyntheticList}, per naming tradition. Given names are real, common names
 * of each tradition; family names are real common surnames or, where a tradition builds names from
 * parts (Kinyarwanda and Kirundi, Luba and Kongo, Luo and Kalenjin, Russian and Ukrainian, Chinese
 * given names), built from those parts so that a million-entry list has the long tail of distinct
 * names real lists have. Lists are ordered roughly from common to rare: {@link #pick} favours the
 * front of a list, so common names recur as they do in practice.
 */
final class NamePools {

    /** A naming tradition, with how often it appears on the synthetic list (weights sum to 100). */
    enum Tradition {
        GREAT_LAKES(16),
        CONGO(11),
        EAST_AFRICA(14),
        SOMALI(8),
        ARABIC(14),
        FRENCH(9),
        ENGLISH(9),
        SLAVIC(10),
        CHINESE(9);

        final int weight;

        Tradition(int weight) {
            this.weight = weight;
        }
    }

    static final String[] RW_GIVEN_MALE = words(
            "Jean Emmanuel Eric Olivier Innocent Jean_de_Dieu Jean_Bosco Jean_Baptiste Jean_Paul Alphonse Faustin Didier"
                    + " Patrick Theogene Fabrice Janvier Celestin Cyprien Damascene Evariste Felicien Gaspard Ildephonse"
                    + " Leonard Modeste Narcisse Pascal Protais Theoneste Valens Venant Xavier Zacharie Donatien Eugene"
                    + " Fidele Gervais Juvenal Martin Pacifique Prosper Sylvestre Viateur Aimable Anastase Callixte"
                    + " Claver Deogratias Egide Festus Gilbert Hyacinthe Isidore Jonas Kizito Landouald Methode Obed"
                    + " Phocas Sixbert Thacien Vedaste Wellars Yves Mugisha Ishimwe Iradukunda Gatete Manzi Ganza Shema"
                    + " Kwizera Niyonkuru Hirwa Mucyo Rukundo");
    static final String[] RW_GIVEN_FEMALE = words(
            "Marie Claudine Grace Aline Esperance Immaculee Josiane Vestine Jacqueline Seraphine Clementine Honorine"
                    + " Odette Yvonne Marie_Claire Marie_Louise Chantal Beatrice Consolee Dative Epiphanie Francine"
                    + " Gaudence Jeanne Languide Mediatrice Pelagie Speciose Therese Valentine Alice Diane Keza Uwase"
                    + " Ineza Umutoni Ingabire Mutesi Kamikazi Uwera Teta Gisa Isimbi");
    /** Kinyarwanda / Kirundi family names: a sentence-like name made of a head and a stem. */
    static final String[] RW_HEAD = words(
            "Niyo Nsengi Haki Bizi Habi Uwi Muka Nyira Twagira Ndayi Ntaki Nshimi Tuyi Mbonyi Ndiki Hari Ntiru Nzaba"
                    + " Sebu Kanya Muhi Bigiri Mani Nkundi Rwabu Ruta Gasa Kayi Nzi Baho Habya Ntiha Nkuri Uwa Nyiran"
                    + " Mpaka Ngende Ndaya Barai Turatsi Sibo Gakwa Mure Nsabi Ruza Ntawu Sina Hagenge Bimeny Nsanza");

    static final String[] RW_STEM = words(
            "mana yumva zimana nzima kunda remye shime gira saba rwanda ganza nyana mungu mugabo gabo raguha hirwa"
                    + " bera hoza rora nkiko kiza vuze muremyi mbabazi gwiza sanze kuze hire ntwari yezu mariya gena"
                    + " kuru bimana mwami shyaka zeyimana nkuranga yisenga ruhanga mahoro kabera birori mutara");
    static final String[] CD_GIVEN_MALE =
            words("Jean Pierre Joseph Patrick Jean_Marie Emmanuel Christian Papy Fiston Tresor Dieudonne Junior Blaise"
                    + " Augustin Felix Etienne Floribert Godefroid Jacques Kevin Lambert Moise Nestor Placide Serge"
                    + " Thierry Willy Yannick Alain Bienvenu Cedrick Germain Hubert Jonathan Lievin Mathieu Prince"
                    + " Richard Sylvain Tshibola Vital Zephirin Arsene Benjamin Constant Desire Elie Guy Heritier");
    static final String[] CD_GIVEN_FEMALE =
            words("Marie Sarah Esther Ruth Mireille Nadine Ornella Patience Rachel Solange Therese Vanessa Christelle"
                    + " Dorcas Falonne Gracia Huguette Josephine Merveille Nathalie Odile Prisca Rebecca Sandrine"
                    + " Annie Benedicte Carine Deborah Exaucee Flore");
    static final String[] CD_HEAD = words(
            "Tshi Ka Mu Lu Ki Mbu Ngo Ma Bu Ilu Ba Nku Kaso Mwa Kala Mbe Nto Mpi Kabe Lumu Nsi Ndo Mboyo Tsha Bo Nga");
    static final String[] CD_STEM = words(
            "bangu lala kendi songo bongo kusa lumba yi mba nga ngala ndu sele zadi kolo tumba bemba ambo nzambi"
                    + " lenga kanda mbele nyama tondo lunda shala kumbi ndombe wanga sunga pemba yaya kiese luka mputu");
    static final String[] EA_GIVEN_MALE = words(
            "Joseph Peter Paul John Daniel Samuel Moses Brian Kevin Dennis Collins Charles Stephen Godfrey Ronald Isaac"
                    + " Juma Baraka Amani Salim Hassani Abdallah Kibet Otieno Kipchoge Emmanuel James David George"
                    + " Patrick Francis Anthony Simon Geoffrey Julius Wycliffe Evans Edwin Felix Hamisi Rashidi Said"
                    + " Mussa Athumani Yusufu Omari Ramadhani Bakari Shabani Nassoro Makame Kassimu");
    static final String[] EA_GIVEN_FEMALE = words(
            "Mary Grace Esther Lucy Joyce Faith Mercy Winnie Agnes Rose Florence Jane Margaret Ann Caroline Beatrice"
                    + " Neema Zawadi Halima Mwajuma Furaha Imani Rehema Tumaini Nasra Wanjiru Achieng Wambui Nyokabi"
                    + " Akinyi Atieno Chebet Jepchirchir Nakato Namutebi Asha Mwanaisha Zuhura Tatu Mwanahawa");
    static final String[] EA_FAMILY = words(
            "Mwangi Kamau Njoroge Waweru Kariuki Maina Githinji Njenga Wanjohi Muriuki Gitau Macharia Ndungu Kimani"
                    + " Mureithi Wachira Karanja Nyambura Mutua Musyoka Kioko Mwendwa Wambua Okello Byaruhanga Tumusiime"
                    + " Kato Ssemakula Nsubuga Kiggundu Lubega Mukasa Ssali Kabuye Tumwine Atwine Ahimbisibwe"
                    + " Twinomugisha Mugabe Museveni Mkapa Kikwete Magufuli Mwinyi Salum Mfinanga Massawe Mushi Kimaro"
                    + " Lyimo Temba Mrema Swai Shirima Mollel Laizer Msuya Mbwambo Kessy Nyerere Kawawa Sokoine Mapunda"
                    + " Komba Haule Ngonyani Mhagama Wafula Wekesa Barasa Simiyu Wanyama Juma Omar Mohamed Hassan");
    /** Luo family names: O (men's names) followed by a stem. */
    static final String[] LUO_STEM = words(
            "tieno dhiambo chieng mondi nyango wino duor koth uma piyo kello bura gola loo mollo ndiek ngoro njira"
                    + " ruko kumu deny chola tiato yoo gweno woko dera sewe tuoma");
    /** Kalenjin family names: a prefix and a stem. */
    static final String[] KALENJIN =
            words("Kiprotich Rop Mutai Langat Ruto Koech Kibet Sang Tanui Rotich Kirui Chirchir Korir Yego Kiplagat"
                    + " Cheruiyot Kiptoo Kipkemboi Kosgei Kiprono Bett Chepkoech Jeptoo Kemboi Kibor Lagat Biwott");

    static final String[] SO_MALE =
            words("Mohamed Ahmed Abdi Ali Hassan Abdullahi Omar Abdirahman Osman Yusuf Ismail Hussein Aden Farah Nur"
                    + " Warsame Jama Dahir Said Mahamud Abdikadir Abdiaziz Abdirizak Abdiwali Abdinasir Sharif Muse"
                    + " Hirsi Guled Bashir Yasin Salad Elmi Barre Shire Awale Dualeh Egal Hersi Mohamud Ibrahim");
    static final String[] SO_FEMALE =
            words("Hodan Fadumo Halimo Amina Sahra Khadija Hawa Asha Ubah Ifrah Maryan Sagal Nasra Deeqa Hibo Ayaan"
                    + " Faduma Shukri Ikran Najma");
    static final String[] AR_MALE =
            words("Mohamed Ahmed Ali Mahmoud Mustafa Hassan Hussein Ibrahim Khalid Omar Youssef Abdullah Abdul_Rahman"
                    + " Abdel_Aziz Abdel_Karim Abdul_Qadir Abdul_Latif Abdul_Majid Abdul_Hamid Abdul_Wahab Abdul_Salam"
                    + " Saeed Salem Saleh Nasser Tariq Walid Yasser Hamza Bilal Anas Osama Faisal Fahd Sultan Majed"
                    + " Adel Samir Karim Jamal Kamal Hisham Hatem Ayman Amr Sami Rami Ziad Nabil Bassam Marwan Imad"
                    + " Jaber Mansour Rashid Hamad Hamid Zaid Qasim Idris Ismail Yahya Zakaria Ilyas Suleiman Talal"
                    + " Badr Fawaz Ghassan Haitham Muhannad Nizar Raed Shadi Wael");
    static final String[] AR_FEMALE =
            words("Fatima Aisha Mariam Zainab Khadija Nour Huda Layla Amal Salma Rania Dina Hanan Samira Yasmin Asma"
                    + " Noura Reem Lina Sara Hala Mona Rasha Sawsan Widad Nadia Iman Suad Najwa Ghada");
    /** Family names, tribal names and place names of origin (nisba), written with their article. */
    static final String[] AR_FAMILY = words(
            "al-Masri al-Zahrani al-Rashid al-Qahtani al-Tamimi al-Shammari al-Otaibi al-Harbi al-Dosari al-Ghamdi"
                    + " al-Maliki al-Shehri al-Anizi al-Mutairi al-Hashimi al-Baghdadi al-Tikriti al-Halabi al-Sudani"
                    + " al-Libi al-Maghribi al-Tunisi al-Jazairi al-Yamani al-Hadrami al-Kuwaiti al-Iraqi al-Shami"
                    + " al-Ansari al-Qurashi al-Khatib al-Najjar al-Haddad al-Attar al-Sayed al-Sharif Haddad Khalil"
                    + " Mansour Nasser Saleh Haqqani Farouk Abdallah Hamdan Darwish Khoury Aziz Qasim Bakr Ben_Ali"
                    + " El_Amrani Benali Bouazizi Belkacem Benyoussef Boumediene Chaouch Ouali Ait_Ahmed Lahlou Bennani"
                    + " El_Fassi Tazi Berrada Alaoui Idrissi Sefrioui Zerhouni Medjdoub Bin_Laden Bin_Salman Abu_Bakr"
                    + " Abu_Zaid al-Awlaki al-Sabah al-Thani al-Nahyan al-Khalifa Nasrallah Hijazi Shalabi Moussa");

    static final String[] FR_GIVEN_MALE = words(
            "Jean Pierre Michel Philippe Alain Nicolas Christophe Patrick Daniel Laurent Thierry Frederic Stephane"
                    + " Eric Julien David Pascal Olivier Sebastien Francois Jacques Bernard Christian Dominique Guillaume"
                    + " Benoit Vincent Mathieu Antoine Maxime Alexandre Romain Thomas Hugo Lucas Louis Arnaud Cedric"
                    + " Jerome Xavier Yves Didier Gilles Serge Marc Claude Gerard Andre Rene Jean_Pierre Jean_Luc"
                    + " Jean_Claude Jean_Francois Jean_Marc Pierre_Yves");
    static final String[] FR_GIVEN_FEMALE =
            words("Marie Nathalie Isabelle Sylvie Catherine Christine Sandrine Valerie Veronique Sophie Celine Chantal"
                    + " Helene Nicole Stephanie Aurelie Julie Camille Emilie Laetitia Caroline Anne Monique Francoise"
                    + " Martine Brigitte Dominique Claire Pauline Manon Chloe Emma Lea Marie_Claude Anne_Marie"
                    + " Marie_France Marie_Christine");
    static final String[] FR_FAMILY =
            words("Martin Bernard Thomas Petit Robert Richard Durand Dubois Moreau Laurent Simon Michel Lefebvre Leroy"
                    + " Roux David Bertrand Morel Fournier Girard Bonnet Dupont Lambert Fontaine Rousseau Vincent Muller"
                    + " Lefevre Faure Andre Mercier Blanc Guerin Boyer Garnier Chevalier Francois Legrand Gauthier"
                    + " Perrin Robin Clement Morin Nicolas Henry Roussel Mathieu Gautier Masson Marchand Duval Denis"
                    + " Dumont Lemaire Noel Meyer Dufour Meunier Brun Blanchard Giraud Joly Riviere Lucas Brunet"
                    + " Gaillard Barbier Arnaud Gerard Roche Renard Schmitt Roy Leroux Colin Vidal Caron Picard Roger"
                    + " Fabre Aubert Lemoine Renaud Dumas Lacroix Olivier Philippe Bourgeois Benoit Rey Leclerc Rolland"
                    + " Leclercq Guillaume Lecomte Dupuy Guillot Hubert Berger Carpentier Dupuis Moulin Deschamps Huet"
                    + " Vasseur Boucher Fleury Royer Klein Jacquet Poirier Marty Aubry Guyot Carre Renault Charpentier"
                    + " Menard Maillard Baron Bertin Bailly Herve Schneider Le_Gall Collet Leger Bouvier Prevost"
                    + " Millet Perrot Le_Roux Cousin Germain Breton Besson Langlois Remy Le_Goff Pelletier Leveque"
                    + " Perrier Leblanc Barre Lebrun Marchal Weber Mallet Hamon Boulanger Jacob Monnier Michaud"
                    + " Guichard Gillet Etienne Poulain Tessier Chauvin Bouchet Lemaitre Marechal Humbert Reynaud"
                    + " Barthelemy Cordier Pichon Lejeune Gilbert Lamy Delaunay Pasquier Carlier Laporte de_la_Croix"
                    + " du_Pont de_Villiers Van_den_Berg Dos_Santos Da_Silva Saint_Martin Le_Bihan Desjardins");
    static final String[] EN_GIVEN_MALE = words(
            "John William James Robert Michael David Richard Thomas Charles Joseph Christopher Daniel Matthew Anthony"
                    + " Mark Paul Steven Andrew Kenneth Joshua George Edward Brian Ronald Timothy Jason Jeffrey Ryan"
                    + " Jacob Gary Nicholas Eric Jonathan Stephen Larry Justin Scott Brandon Benjamin Samuel Gregory"
                    + " Alexander Patrick Frank Raymond Jack Dennis Jerry Tyler Aaron Henry Peter Douglas Adam Nathan"
                    + " Harold Carl Arthur Gerald Roger Keith Lawrence Terry Sean Albert Joe Christian Austin Walter");
    static final String[] EN_GIVEN_FEMALE =
            words("Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Lisa Nancy Betty Margaret"
                    + " Sandra Ashley Kimberly Emily Donna Michelle Carol Amanda Dorothy Melissa Deborah Stephanie"
                    + " Rebecca Sharon Laura Cynthia Kathleen Amy Angela Shirley Anna Brenda Pamela Emma Nicole Helen"
                    + " Samantha Katherine Christine Debra Rachel Catherine Carolyn Janet Ruth Maria Heather Diane"
                    + " Virginia Julie Joyce Victoria Olivia Kelly Christina Lauren Joan Evelyn Judith Megan");
    static final String[] EN_FAMILY =
            words("Smith Johnson Williams Brown Jones Taylor Wilson Davies Evans Thomas Roberts Walker Wright Robinson"
                    + " Thompson White Hughes Edwards Green Hall Wood Harris Lewis Martin Jackson Clarke Clark Turner"
                    + " Hill Scott Cooper Morris Ward Moore King Watson Baker Harrison Morgan Patel Young Allen Mitchell"
                    + " James Anderson Phillips Lee Bell Parker Davis Miller Garcia Rodriguez Martinez Hernandez Lopez"
                    + " Gonzalez Moore Jackson Thompson Harris Sanchez Ramirez Campbell Stewart Carter Cook Rogers"
                    + " Murphy Bailey Rivera Cox Howard Richardson Peterson Gray James Reyes Cruz Hughes Price Myers"
                    + " Long Foster Sanders Ross Morales Powell Sullivan Russell Ortiz Jenkins Gutierrez Perry Butler"
                    + " Barnes Fisher Henderson Coleman Simmons Patterson Jordan Reynolds Hamilton Graham Kim Wallace"
                    + " O'Brien O'Connor O'Neill McDonald MacLeod McKenzie Fitzgerald Gallagher Doherty Kennedy"
                    + " Lynch Quinn Murray Byrne Ryan Kelly Walsh Doyle Brennan Burke Dunne Collins Hayes Foley"
                    + " Whitfield Ashworth Pemberton Hargreaves Blackwood Thornton Wainwright Kingsley Fairbanks");
    static final String[] SL_GIVEN_MALE =
            words("Aleksandr Sergei Dmitri Andrei Aleksei Vladimir Ivan Mikhail Nikolai Yuri Evgeni Viktor Oleg Igor"
                    + " Pavel Roman Maksim Anatoli Vasili Konstantin Artem Denis Ruslan Vitali Boris Gennadi Leonid"
                    + " Valeri Stanislav Vadim Grigori Fedor Timur Kirill Ilya Anton Petr Stepan Oleksandr Volodymyr"
                    + " Mykola Taras Bohdan Vasyl Yaroslav");
    static final String[] SL_GIVEN_FEMALE =
            words("Olga Natalia Tatiana Elena Irina Svetlana Anna Marina Ekaterina Yulia Lyudmila Galina Maria Oksana"
                    + " Anastasia Valentina Nadezhda Larisa Viktoria Daria Ksenia Alla Vera Zoya Lyubov Inna Polina"
                    + " Kateryna Olena Halyna");
    /** Russian surname roots; men's forms add -ov/-ev/-in, women's -ova/-eva/-ina. */
    static final String[] SL_ROOT =
            words("Ivan Petr Smirn Kuznets Pop Sokol Lebed Kozl Novik Moroz Volk Solovy Vasily Zaits Pavl Semen Golub"
                    + " Vinograd Bogdan Voroby Fedor Mikhayl Taras Bel Komar Orl Kiselev Makar Andre Koval Ily Gus Tit"
                    + " Kuzmin Baran Kulik Aleksey Stepan Yakovl Sorok Serge Roman Zakhar Boris Korol Gerasim Ponomar"
                    + " Grigory Lazar Medvede Ersh Nikit Sobol Ryab Polyak Tsvetk Danil Zhuk Frol Zhuravl Nikola Kryl"
                    + " Maksim Sidor Osip Belous Fedot Egor Matve Bobr Dmitri Kalin Anisim Petukh Anton Timof Nikifor"
                    + " Vesel Filipp Mark Bolshak Sukhan Miron Aleksandr Konoval Shestak Kazak Efim Denis Grom Fom Davyd"
                    + " Melnik Shcherbak Blin Kolesnik Karp Afanasy Vlas Masl Isak Tikhon Aksen Gavril Rodion Kot"
                    + " Gorbun Kudryash Byk Zu Tretyak Panf Rybak Suvor Abram Voron Mukh Arkhip Trofim Martyn Chern");

    static final String[] UA_FAMILY = words(
            "Shevchenko Kovalenko Bondarenko Tkachenko Kravchenko Oliynyk Shevchuk Koval Polishchuk Bondar Tkachuk"
                    + " Marchenko Lysenko Rudenko Savchenko Petrenko Klymenko Pavlenko Kravchuk Kuzmenko Ponomarenko"
                    + " Savchuk Vasylenko Levchenko Kharchenko Melnyk Boyko Moroz Yakovenko Tymoshenko Hrytsenko"
                    + " Zinchenko Karpenko Sydorenko Ostapchuk Dmytruk Prokopenko Fedorchuk Honcharenko Demchenko");
    static final String[] ZH_FAMILY =
            words("Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Gao Lin Luo Zheng Liang Xie"
                    + " Song Tang Han Feng Deng Cao Peng Zeng Xiao Tian Dong Yuan Pan Yu Jiang Cai Du Ye Cheng Wei Su Lu"
                    + " Ding Ren Shen Yao Jin Tan Fu Zou Xiong Qiu Qin Jia Xue Yan Hou Lei Long Duan Hao Kong Shao Shi"
                    + " Mao Chang Wan Gu Lai Kang Yin Qian Niu Hong Gong Fan Fang Bai Cui Meng Qi Lu Zhong Jiang Dai");
    /** Syllables common in Chinese given names (pinyin). */
    static final String[] ZH_SYLLABLE = words(
            "wei fang min jing li qiang lei jun yang yong yan jie juan tao ming chao xiu ying hua ping gang gui lan"
                    + " hong hai xin hui bin bo feng yu zhi jian guo dong cheng long peng kai hao yi rui xiang tian wen"
                    + " jia xiao zi han ning qing lin yun shu mei na ting xue lu dan yue zhen bao an de fu gao huan jin"
                    + " kang le mu qiu shan song wu xia xing yao ze zhong chun hui liang sheng shuang yu zhao");

    /** English short forms and nicknames of given names (a traveller may be known by either). */
    static final String[][] SHORT_FORMS = {
        {"William", "Bill"},
        {"Robert", "Bob"},
        {"Elizabeth", "Liz"},
        {"Margaret", "Peggy"},
        {"James", "Jim"},
        {"Michael", "Mike"},
        {"Richard", "Dick"},
        {"Thomas", "Tom"},
        {"Charles", "Chuck"},
        {"Catherine", "Kate"},
        {"Jennifer", "Jenny"},
        {"Joseph", "Joe"},
        {"Daniel", "Dan"},
        {"Samuel", "Sam"},
        {"Edward", "Ted"},
        {"Anthony", "Tony"},
        {"Christopher", "Chris"},
        {"Patricia", "Pat"},
        {"Katherine", "Kathy"},
        {"Alexander", "Alex"},
        {"Nicholas", "Nick"},
        {"Benjamin", "Ben"},
        {"Jonathan", "Jon"},
        {"Peter", "Pete"},
        {"Aleksandr", "Sasha"},
        {"Dmitri", "Dima"},
        {"Vladimir", "Volodya"},
        {"Ekaterina", "Katya"},
        {"Natalia", "Natasha"},
        {"Mikhail", "Misha"},
        {"Evgeni", "Zhenya"},
        {"Anastasia", "Nastya"},
        {"Emmanuel", "Manu"},
        {"Dominique", "Dom"},
        {"Francois", "Franck"}
    };

    private NamePools() {}

    /** Splits a list of names; an underscore stands for a space inside one name (Jean_de_Dieu). */
    private static String[] words(String text) {
        Set<String> out = new LinkedHashSet<>();
        for (String w : text.trim().split("\\s+")) {
            out.add(w.replace('_', ' '));
        }
        return out.toArray(String[]::new);
    }

    /**
     * Picks from a list ordered from common to rare: half the picks are uniform, half favour the
     * front (log-uniform rank), so a few names are frequent and every name occurs.
     */
    static String pick(String[] from, Random r) {
        if (r.nextBoolean()) {
            return from[r.nextInt(from.length)];
        }
        int k = (int) Math.pow(from.length + 1.0, r.nextDouble()) - 1;
        return from[Math.min(k, from.length - 1)];
    }

    /** A Kinyarwanda or Kirundi family name: Nsengi + yumva, Niyo + nzima. */
    static String rwandan(Random r) {
        return join(pick(RW_HEAD, r), pick(RW_STEM, r));
    }

    /** A Luba or Kongo family name: Tshi + bangu, Ka + bongo. */
    static String congolese(Random r) {
        return join(pick(CD_HEAD, r), pick(CD_STEM, r));
    }

    /** An East African family name: a common surname, a Luo O-name or a Kalenjin name. */
    static String eastAfrican(Random r, boolean female) {
        int k = r.nextInt(10);
        if (k < 3) {
            return (female ? "A" : "O") + pick(LUO_STEM, r);
        }
        if (k < 5) {
            return pick(KALENJIN, r);
        }
        return pick(EA_FAMILY, r);
    }

    /** A Russian surname in the form for the person's sex, or a Ukrainian one (same for both). */
    static String slavic(Random r, boolean female) {
        if (r.nextInt(4) == 0) {
            return pick(UA_FAMILY, r);
        }
        String root = pick(SL_ROOT, r);
        String suffix = root.endsWith("in") || root.endsWith("ov") || root.endsWith("ev") ? "" : slavicSuffix(root, r);
        return root + suffix + (female ? "a" : "");
    }

    private static String slavicSuffix(String root, Random r) {
        char last = root.charAt(root.length() - 1);
        if (last == 'y' || last == 'i') {
            return "ev";
        }
        return r.nextInt(8) == 0 ? "in" : "ov";
    }

    /** A patronymic from the father's given name: Ivanovich, Sergeevna. */
    static String patronymic(String father, boolean female) {
        String base = father;
        String ending = female ? "ovna" : "ovich";
        if (base.endsWith("i") || base.endsWith("y")) {
            base = base.substring(0, base.length() - 1);
            ending = female ? "evna" : "evich";
        } else if (base.endsWith("a")) {
            base = base.substring(0, base.length() - 1);
            ending = female ? "ichna" : "ich";
        }
        return base + ending;
    }

    /** A Chinese given name of one or two syllables, written as one word (Xiaoming, Wei). */
    static String chineseGiven(Random r) {
        String first = pick(ZH_SYLLABLE, r);
        String name = r.nextInt(3) == 0 ? first : first + pick(ZH_SYLLABLE, r);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private static String join(String head, String stem) {
        if (!head.isEmpty() && !stem.isEmpty() && head.charAt(head.length() - 1) == stem.charAt(0)) {
            stem = stem.substring(1);
        }
        return head + stem;
    }

    /** The short form of a given name, or null when it has none in the table. */
    static String shortForm(String given) {
        for (String[] pair : SHORT_FORMS) {
            if (pair[0].equals(given)) {
                return pair[1];
            }
        }
        return null;
    }

    static List<String> list(String... parts) {
        List<String> out = new ArrayList<>(parts.length);
        for (String p : parts) {
            if (p != null && !p.isEmpty()) {
                out.add(p);
            }
        }
        return out;
    }

    static String capitalise(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
}
