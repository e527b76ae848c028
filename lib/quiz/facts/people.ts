/**
 * Given names by gender in several naming traditions, so roles.ts can tell "Ms" roles from "Mr" ones. Distractors are
 * never made up from them: raters found invented people implausible, so a "who" question takes only the article's people.
 */

import { femaleGivenNames, maleGivenNames } from '../model/gazetteer';

interface Tradition {
  male: string[];
  female: string[];
}

const TRADITIONS: Tradition[] = [
  {
    // English-speaking
    male: 'James John Robert Michael David Richard Thomas Daniel Mark Paul Andrew Peter Stephen Simon Matthew Terry Tony Brian Kevin Gary Steve Steven Joe Tom Tim Greg Ryan Bob Doug George Henry Jack Harry Hal Benjamin Anthony Edward Charles Joseph Ben Jim Bill Scott Eric Jason Adam Matt Nick Frank Patrick Ian Neil Graham Hugh Andy Alan Keith Ken Roger Larry Jeff Mike Dan Dave Rob William Christopher Jonathan Philip Kenneth Donald Gregory Timothy Nathan Samuel'.split(' '),
    female: 'Mary Sarah Emma Laura Helen Anna Rachel Claire Susan Karen Jennifer Emily Catherine Alice Rebecca Tanya Jane Kate Lisa Linda Patricia Barbara Elizabeth Jessica Nancy Margaret Sandra Ashley Michelle Amanda Melissa Deborah Stephanie Sharon Angela Amy Anne Julia Victoria Hannah Olivia Sophie Lucy Grace Ruth Joanne Tracy Nicola Alison Fiona Jenny Heather Megan Kathryn Diane Carol Janet'.split(' '),
  },
  {
    // French
    male: 'Jean Pierre Michel Philippe Alain Nicolas François Laurent Julien Olivier Emmanuel Jacques Christophe Éric Thierry'.split(' '),
    female: 'Marie Nathalie Isabelle Sophie Camille Céline Sandrine Hélène Julie Valérie Christine Sylvie Aurélie'.split(' '),
  },
  {
    // Spanish and Portuguese
    male: 'José Carlos Luis Luís Manuel António Antonio João Miguel Pedro Javier Rui Jorge Francisco Alejandro Pablo Diego Fernando Ricardo Sergio André Paulo Nuno'.split(' '),
    female: 'Ana Carmen Isabel Sofia Marta Lucía Inês Teresa Catarina Lucia Beatriz Patricia Rosa Elena Raquel Paula Mariana'.split(' '),
  },
  {
    // Italian
    male: 'Marco Giuseppe Luca Giovanni Francesco Alessandro Matteo Paolo Stefano Andrea Roberto Massimo'.split(' '),
    female: 'Giulia Francesca Chiara Sara Paola Valentina Federica Silvia Alessandra Carolina'.split(' '),
  },
  {
    // German
    male: 'Andreas Stefan Markus Klaus Jürgen Wolfgang Thomas Michael Frank Uwe Dieter Karl Hans Matthias Tobias'.split(' '),
    female: 'Sabine Petra Claudia Andrea Anja Katrin Monika Ursula Birgit Heike Susanne'.split(' '),
  },
  {
    // West African (Sahel)
    male: 'Amadou Moussa Ibrahim Mamadou Oumar Abdoulaye Seydou Boubacar Modibo Souleymane Bakary Cheick'.split(' '),
    female: 'Aminata Fatoumata Mariam Awa Kadiatou Aïssata Oumou Rokia Assétou'.split(' '),
  },
  {
    // Arabic
    male: 'Ahmed Mohamed Mohammed Omar Ali Hassan Khalid Youssef Karim Mahmoud Tarek Samir Walid'.split(' '),
    female: 'Fatima Aisha Layla Nour Yasmin Salma Rania Leila Huda'.split(' '),
  },
];

const MALE = new Set(TRADITIONS.flatMap((t) => t.male));
const FEMALE = new Set(TRADITIONS.flatMap((t) => t.female));
/** Given names read as one gender in every tradition above (lib/quiz/roles.ts reads a person's gender from them). */
export const MALE_GIVEN: ReadonlySet<string> = new Set([...MALE].filter((n) => !FEMALE.has(n)));
export const FEMALE_GIVEN: ReadonlySet<string> = new Set([...FEMALE].filter((n) => !MALE.has(n)));
/** The gazetteer's longer English lists (names.json), a weaker sign: they hold some errors (roles.ts, likelyGenderOf). */
export const LIKELY_MALE_GIVEN: ReadonlySet<string> = new Set(maleGivenNames.filter((n) => !FEMALE.has(n)));
export const LIKELY_FEMALE_GIVEN: ReadonlySet<string> = new Set(femaleGivenNames.filter((n) => !MALE.has(n)));
