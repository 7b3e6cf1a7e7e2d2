/** Renders a Score as the plain-text tables printed by `npm run eval`. */
import {
  type ArticleScore,
  type DateAgreement,
  type KindAgreement,
  LAYERS,
  type LayerFigures,
  type Score,
} from './score.js';

const HEADER = ['layer', 'precision', 'recall', 'f1', 'tp', 'predicted', 'reference'];
const COLUMN_WIDTH = 11;

function row(cells: string[]): string {
  const [label = '', ...numbers] = cells;
  return label.padEnd(COLUMN_WIDTH - 2) + numbers.map((cell) => cell.padStart(COLUMN_WIDTH)).join('');
}

function table(layers: LayerFigures): string[] {
  const lines = [row(HEADER)];
  for (const layer of LAYERS) {
    const f = layers[layer];
    lines.push(
      row([
        layer,
        f.precision.toFixed(3),
        f.recall.toFixed(3),
        f.f1.toFixed(3),
        String(f.tp),
        String(f.predicted),
        String(f.reference),
      ]),
    );
  }
  return lines;
}

function kindLine(kind: KindAgreement): string {
  const accuracy = kind.accuracy === null ? 'n/a' : kind.accuracy.toFixed(3);
  return `entity kind accuracy: ${accuracy} (${kind.agree} of ${kind.matched} matched entities)`;
}

function dateLine(dates: DateAgreement): string {
  const accuracy = dates.accuracy === null ? 'n/a' : dates.accuracy.toFixed(3);
  return `event date accuracy: ${accuracy} (${dates.right} of ${dates.dated} matched events with a reference date)`;
}

function articleHeading(article: ArticleScore): string {
  return `article ${article.report ?? '(missing)'} → reference ${article.reference ?? '(none)'}`;
}

function pairingLine(score: Score): string {
  const paired = score.articles.filter((a) => a.report !== null && a.reference !== null).length;
  const onlyReport = score.articles.filter((a) => a.reference === null).length;
  const onlyReference = score.articles.filter((a) => a.report === null).length;
  return `articles: ${paired} paired by ${score.pairedBy}, ${onlyReport} only in the report, ${onlyReference} only in the reference`;
}

/** The overall table, preceded by one table per article pair when perArticle is set. */
export function formatScore(score: Score, perArticle: boolean): string {
  const lines: string[] = [];
  if (perArticle) {
    for (const article of score.articles) {
      lines.push(articleHeading(article), ...table(article.layers), kindLine(article.kind), '');
    }
  }
  lines.push(
    'overall (micro-averaged over all articles)',
    ...table(score.overall),
    kindLine(score.kind),
    dateLine(score.dates),
  );
  lines.push(pairingLine(score));
  return `${lines.join('\n')}\n`;
}
