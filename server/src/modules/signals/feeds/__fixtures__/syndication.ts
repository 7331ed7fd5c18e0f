/**
 * Invented press texts for the SimHash threshold: each story with its syndicated copies (re-titled,
 * trimmed, a tracking line added, all three), and other stories on the same topics and brands.
 */
export interface SyndicatedStory {
  title: string;
  text: string;
  copies: { title: string; text: string }[];
}

const storyA = {
  title: 'Maison Lumière lance Solaris, une batterie domestique pour stocker l’énergie solaire',
  text:
    'Maison Lumière a présenté mardi à Lyon Solaris, une batterie domestique de 10 kWh conçue pour stocker la production des panneaux solaires pendant la journée et la restituer le soir. ' +
    'Le fabricant annonce un prix de 5 990 euros avant aides et une garantie de dix ans. ' +
    'Selon sa directrice générale, la batterie permettrait à un foyer équipé de couvrir jusqu’à 70 % de sa consommation. ' +
    'Les premières livraisons sont prévues au printemps dans cinq régions, avant un déploiement national à l’automne.',
};
const storyB = {
  title: 'Orange network outage leaves thousands without mobile data in the south of France',
  text:
    'Thousands of Orange customers in Marseille, Nice and Montpellier lost mobile data for nearly four hours on Tuesday morning after a software update failed at a regional switching centre. ' +
    'The operator said voice calls were not affected and that service was fully restored by midday. ' +
    'Consumer groups asked for compensation, and the regulator said it would request a detailed report. ' +
    'It is the second outage of this size on the network this year.',
};
const storyC = {
  title: 'Clairvoy cuts prices on its smart bulbs as competition heats up',
  text:
    'Clairvoy, the connected lighting brand, is cutting the price of its smart bulb range by up to 25 percent from next week, a move analysts read as a response to strong sales of Lumi Home. ' +
    'The company said the cuts were made possible by a new supplier in Portugal. ' +
    'Retailers expect a price war before the holiday season, which accounts for a third of annual sales in the category.',
};
const storyD = {
  title: 'Lumi Home : des clients se plaignent de pannes après la dernière mise à jour',
  text:
    'Depuis la mise à jour de la semaine dernière, plusieurs dizaines d’utilisateurs de Lumi Home signalent des ampoules qui ne répondent plus à l’application. ' +
    'Sur les forums, certains disent avoir dû réinitialiser toute leur installation. ' +
    'Maison Lumière reconnaît un problème de synchronisation et promet un correctif d’ici vendredi. ' +
    'Le service client indique avoir reçu trois fois plus d’appels que d’habitude.',
};

function trimLastSentence(text: string): string {
  const sentences = text.split(/(?<=\.)\s+/);
  return sentences.slice(0, -1).join(' ');
}

export const SYNDICATED: SyndicatedStory[] = [
  {
    ...storyA,
    copies: [
      { title: 'Solaris : Maison Lumière se lance dans le stockage d’énergie', text: storyA.text },
      { title: storyA.title, text: trimLastSentence(storyA.text) },
      { title: storyA.title, text: `${storyA.text} Cet article est paru initialement sur Énergie Hebdo. Abonnez-vous à notre lettre quotidienne.` },
      { title: 'Batterie Solaris : ce que propose Maison Lumière', text: `${trimLastSentence(storyA.text)} Lire la suite sur energie-hebdo.fr` },
    ],
  },
  {
    ...storyB,
    copies: [
      { title: 'Orange: four-hour mobile data outage hits Marseille, Nice and Montpellier', text: storyB.text },
      { title: storyB.title, text: trimLastSentence(storyB.text) },
      { title: storyB.title, text: `${storyB.text} This story first appeared on Telecom Daily. Sign up for our morning newsletter.` },
      { title: 'Mobile data down for hours on Orange network', text: `${trimLastSentence(storyB.text)} Read more at telecomdaily.example` },
    ],
  },
  {
    ...storyC,
    copies: [
      { title: 'Price war looms: Clairvoy slashes smart bulb prices by a quarter', text: storyC.text },
      { title: storyC.title, text: trimLastSentence(storyC.text) },
      { title: storyC.title, text: `${storyC.text} Originally published by Home Tech Wire.` },
      { title: 'Clairvoy answers Lumi Home with cheaper bulbs', text: `${trimLastSentence(storyC.text)} Follow us for more home tech news.` },
    ],
  },
  {
    ...storyD,
    copies: [
      { title: 'Mise à jour ratée pour Lumi Home', text: storyD.text },
      { title: storyD.title, text: trimLastSentence(storyD.text) },
      { title: storyD.title, text: `${storyD.text} Article publié avec l’aimable autorisation de Maison & Tech.` },
      { title: 'Pannes en série chez Lumi Home', text: `${trimLastSentence(storyD.text)} Retrouvez tous nos articles sur maison-tech.example` },
    ],
  },
];

/** Other stories on the same topics and brands as the syndicated ones: never the same story. */
export const SAME_TOPIC_OTHERS: { title: string; text: string }[] = [
  {
    title: 'Maison Lumière recrute 200 techniciens pour installer ses batteries',
    text:
      'Pour accompagner le lancement de sa batterie Solaris, Maison Lumière annonce le recrutement de 200 techniciens installateurs d’ici la fin de l’année. ' +
      'Les postes sont ouverts dans cinq régions et une formation de six semaines est prévue à Lyon. ' +
      'L’entreprise compte aussi sur un réseau d’artisans partenaires pour les zones rurales.',
  },
  {
    title: 'Stockage solaire : les batteries domestiques encore trop chères pour la plupart des foyers',
    text:
      'Une étude publiée lundi estime qu’une batterie domestique n’est rentable qu’après douze ans pour un foyer moyen équipé de panneaux solaires. ' +
      'Les auteurs citent les offres de Maison Lumière, Clairvoy et de plusieurs fabricants allemands, dont les prix vont de 4 000 à 9 000 euros. ' +
      'Ils recommandent d’attendre la baisse attendue du coût des cellules.',
  },
  {
    title: 'Orange raises fibre prices for existing customers',
    text:
      'Orange will raise the monthly price of its fibre broadband plans by two euros for existing customers from January, the operator said in letters sent this week. ' +
      'Customers can leave without fees within four months of the change. ' +
      'Competitors have made similar increases, citing energy and network costs.',
  },
  {
    title: 'Orange restores service after fibre cut in Lyon',
    text:
      'Orange said on Wednesday that fibre internet was restored for about 8,000 homes in Lyon after construction work cut a cable overnight. ' +
      'Mobile service was not affected. The operator apologised and said affected customers would receive a credit on their next bill.',
  },
  {
    title: 'Clairvoy opens its first showroom in Paris',
    text:
      'Clairvoy has opened a showroom in the Marais where visitors can try its smart bulbs, lamps and lighting scenes before buying. ' +
      'The brand says half of its customers still want to see the light before they choose. ' +
      'A second showroom is planned in Bordeaux next spring.',
  },
  {
    title: 'Lumi Home : la nouvelle application arrive le mois prochain',
    text:
      'Maison Lumière a dévoilé la nouvelle version de l’application Lumi Home, qui sera disponible le mois prochain sur Android et iOS. ' +
      'Elle permet de programmer des scènes d’éclairage, de suivre la consommation de chaque pièce et de piloter la batterie Solaris. ' +
      'Les utilisateurs actuels la recevront automatiquement.',
  },
  {
    title: 'Des ampoules connectées qui ne répondent plus : que faire ?',
    text:
      'Ampoules qui clignotent, application qui ne les trouve plus : les pannes d’éclairage connecté sont fréquentes après une mise à jour. ' +
      'Nos conseils : couper le courant trente secondes, vérifier le réseau Wi-Fi et, en dernier recours, réinitialiser l’ampoule. ' +
      'Les marques comme Lumi Home ou Clairvoy publient des guides en ligne.',
  },
];
