import './scalars.js';
import './enums.js';
import './entity.js';
import './actor.js';
import './place.js';
import './event.js';
import './article.js';
import './ingest.js';
import './search.js';
import './neighborhood.js';
import './paths.js';
import './timeline.js';
import './disputed.js';
import { builder } from './builder.js';

export const schema = builder.toSchema();
