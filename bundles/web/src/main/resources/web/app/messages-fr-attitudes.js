// The texts of the professional attitudes review (bilan des attitudes professionnelles), in the words of guide 000
// (« Éditer un bilan des attitudes professionnelles pour un apprenant »). Merged into messages-fr.js's by i18n.js; same
// conventions ({name}, ".one"/".other"). The levels' names (`level.*`) are the company review's (messages-fr-review.js).

export default {
  'attitudes.pageTitle': 'Bilan des attitudes professionnelles',
  'attitudes.documentTitle': 'Bilan des attitudes professionnelles — {name}',
  'attitudes.heading': 'Bilan des attitudes professionnelles',
  'attitudes.back': 'Retour',
  'attitudes.period': 'Période',
  'attitudes.learner': 'Apprenant',
  'attitudes.company': 'Entreprise',
  'attitudes.noCompany': 'Entreprise non renseignée',
  'attitudes.intro': 'Le bilan des attitudes professionnelles est renseigné en fin de période par le tuteur de stage. Le professeur peut consulter, compléter et modifier le bilan si besoin.',
  'attitudes.youWrite.COMPANY': 'Vous renseignez la ligne « Entreprise ». Chaque niveau choisi est enregistré aussitôt ; touchez à nouveau le niveau choisi pour l’effacer.',
  'attitudes.youWrite.SCHOOL': 'Vous renseignez la ligne « Établissement ». Chaque niveau choisi est enregistré aussitôt ; touchez à nouveau le niveau choisi pour l’effacer.',
  'attitudes.readOnly': 'Consultation seule.',
  'attitudes.locked': 'Cette période est prise en compte dans un bilan intermédiaire de compétences finalisé : le bilan des attitudes n’est plus modifiable.',
  'attitudes.list': 'Attitudes professionnelles',
  'attitudes.none': 'Le référentiel de cette période ne définit aucune attitude professionnelle.',
  'attitudes.side.COMPANY': 'Entreprise (tuteur ou maître d’apprentissage)',
  'attitudes.side.SCHOOL': 'Établissement (professeur)',
  'attitudes.levelsOf': '{side} — {title}',
  'attitudes.setBy': 'par {name}, le {date}',
  'attitudes.setByName': 'par {name}',
  'attitudes.saving': 'Enregistrement…',
  'attitudes.conflict': 'Modifié par {name} entre-temps : {level}',
  'attitudes.conflictSomeone': 'quelqu’un',
  'attitudes.mine': 'Mon choix : {level}',
  'attitudes.keepTheirs': 'Garder leur choix',
  'attitudes.putMine': 'Mettre le mien',

  'attitudes.link': 'Bilan des attitudes professionnelles',
  'attitudes.editLink': 'Éditer le bilan des attitudes professionnelles',
  'attitudes.editLinkLabel': 'Éditer le bilan des attitudes professionnelles de {name}',
};
