import { contentTerms, stem, tokenize } from '../../kb/tokenize';

/*
 * A multinomial naive Bayes text classifier over stemmed words and word pairs, small enough to
 * ship as data and run in workflow code (pure, deterministic, no I/O). It is trained by
 * `npm run train` from the labelled corpus under eval/scenarios and complements the lexicons:
 * they decide what they recognise with confidence, and the model speaks when they do not.
 */

/** What training leaves behind: counts, so the model can be read, diffed and retrained exactly. */
export interface NaiveBayesModel {
  labels: readonly string[];
  /** Training texts per label, aligned with `labels`. */
  documents: readonly number[];
  /** Feature occurrences per label (over the whole vocabulary, pruned features included). */
  featureTotals: readonly number[];
  /** Distinct features seen in training, pruned ones included: the smoothing's denominator. */
  vocabularySize: number;
  /**
   * Feature → its occurrences as flat pairs, label index then count ([3, 2, 7, 1]: twice under
   * label 3, once under label 7), for features seen in at least `minDocuments` texts. Sparse,
   * because most words belong to one or two of the labels.
   */
  counts: Readonly<Record<string, readonly number[]>>;
}

export interface LabelledText {
  text: string;
  label: string;
}

export interface Prediction {
  label: string;
  /** Posterior probability of the label, 0..1. */
  probability: number;
  /**
   * How many of the text's content words (function words aside) the model knows. Function words
   * weigh in the prediction but are in every kind of call: "it keeps doing something" is a guess.
   */
  knownWords: number;
}

/** Add-α smoothing: small, as the corpus is small and most words belong to one or two labels. */
const SMOOTHING = 0.1;
/** Naive Bayes multiplies evidence as if words were independent, so its posteriors are far too sure; tempering spreads them. */
const TEMPERATURE = 3;

/**
 * Each distinct stemmed content word, and each pair of neighbouring words, function words
 * included ("no_internet", "cannot_print", "whole_office"): alone a function word says nothing,
 * next to another word it often says the most.
 */
export function textFeatures(text: string): string[] {
  const words = tokenize(text).map(stem);
  const pairs = words.slice(1).map((word, index) => `${words[index] ?? ''}_${word}`);
  return [...new Set([...contentTerms(text), ...pairs])];
}

function countFeatures(examples: readonly LabelledText[], labels: readonly string[]) {
  const perFeature = new Map<string, { perLabel: number[]; texts: number }>();
  for (const { text, label } of examples) {
    const at = labels.indexOf(label);
    for (const feature of textFeatures(text)) {
      const entry = perFeature.get(feature) ?? { perLabel: labels.map(() => 0), texts: 0 };
      entry.perLabel[at] = (entry.perLabel[at] ?? 0) + 1;
      entry.texts += 1;
      perFeature.set(feature, entry);
    }
  }
  return perFeature;
}

/**
 * Features seen in fewer than `minDocuments` texts are dropped from `counts` (they are most of
 * the vocabulary and say little) but still count in the totals, so probabilities are unchanged
 * for the features kept. Labels and features are sorted: the same corpus gives the same model.
 */
export function trainNaiveBayes(examples: readonly LabelledText[], minDocuments = 1): NaiveBayesModel {
  const labels = [...new Set(examples.map((example) => example.label))].sort();
  const perFeature = countFeatures(examples, labels);
  const featureTotals = labels.map(() => 0);
  const counts: Record<string, number[]> = {};
  for (const feature of [...perFeature.keys()].sort()) {
    const entry = perFeature.get(feature);
    if (entry === undefined) continue;
    entry.perLabel.forEach((count, at) => (featureTotals[at] = (featureTotals[at] ?? 0) + count));
    if (entry.texts >= minDocuments) counts[feature] = entry.perLabel.flatMap((count, at) => (count > 0 ? [at, count] : []));
  }
  const documents = labels.map((label) => examples.filter((example) => example.label === label).length);
  return { labels, documents, featureTotals, vocabularySize: perFeature.size, counts };
}

/**
 * Labels by posterior probability, best first; ties keep the labels' sorted order. Each known
 * feature adds log((count + α) / denominator) per label: the α part for every label at once,
 * then what its few labels' counts add to it.
 */
export function rankLabels(model: NaiveBayesModel, text: string): Prediction[] {
  const known = textFeatures(text).flatMap((feature) => {
    const counts = model.counts[feature];
    return counts === undefined ? [] : [counts];
  });
  const knownWords = new Set(contentTerms(text).filter((word) => model.counts[word] !== undefined)).size;
  const evidence = model.labels.map((_, at) => {
    const denominator = (model.featureTotals[at] ?? 0) + SMOOTHING * model.vocabularySize;
    return known.length * Math.log(SMOOTHING / denominator);
  });
  for (const pairs of known) {
    for (let index = 0; index + 1 < pairs.length; index += 2) {
      const [at, count] = [pairs[index] ?? 0, pairs[index + 1] ?? 0];
      evidence[at] = (evidence[at] ?? 0) + Math.log((count + SMOOTHING) / SMOOTHING);
    }
  }
  const totalDocuments = model.documents.reduce((sum, count) => sum + count, 0);
  const logScores = evidence.map((sum, at) => Math.log((model.documents[at] ?? 0) / totalDocuments) + sum / TEMPERATURE);
  const best = Math.max(...logScores);
  const weights = logScores.map((score) => Math.exp(score - best));
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  return model.labels
    .map((label, at) => ({ label, probability: (weights[at] ?? 0) / total, knownWords }))
    .sort((a, b) => b.probability - a.probability);
}
