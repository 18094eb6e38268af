// The texts of the apprenticeship booklet (livret d'apprentissage, issue 11 item 5), in the words of guide 002.
// Merged into messages-fr.js's by i18n.js; same conventions ({name}, ".one"/".other").

export default {
  'booklet.pageTitle': 'Livret d’apprentissage',
  'booklet.documentTitle': 'Livret d’apprentissage — {name}',
  'booklet.heading': 'Livret d’apprentissage',
  'booklet.intro': 'Le livret fait le lien entre l’apprenti, le centre de formation et l’entreprise : chacun rédige ses rubriques et lit celles des autres.',
  'booklet.master': 'Maître d’apprentissage : {name}',
  'booklet.noMaster': 'Pas de maître d’apprentissage désigné',
  'booklet.back': 'Retour',
  'booklet.tabsLabel': 'Rubriques du livret',
  'booklet.yours': 'Vous rédigez cette rubrique.',
  'booklet.writer.team': 'Rédigé par l’équipe pédagogique',
  'booklet.writer.master': 'Rédigé par le maître d’apprentissage',
  'booklet.writer.teamAndMaster': 'Rédigé par l’équipe pédagogique et le maître d’apprentissage',
  'booklet.writer.apprentice': 'Rédigé par l’apprenti',
  'booklet.writableMark': 'à rédiger par vous',
  'booklet.notCommentable': 'Le livret ne reçoit pas de commentaires.',

  'booklet.open': 'Livret d’apprentissage',
  'booklet.openLabel': 'Livret d’apprentissage de {name}',
  'booklet.tileTitle': 'Mon livret d’apprentissage',
  'booklet.tileText': 'Vos contacts, votre progression en entreprise et en centre, le suivi des entretiens et des visites ; votre bilan de formation et votre projet d’orientation.',
};
