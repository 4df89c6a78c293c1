// Imported first of all: Zod would otherwise probe at schema definition whether it may compile
// parsers with Function(), which the pages' Content Security Policy (rightly) forbids, and the
// browser would log the refused attempt.
import { z } from 'zod';

z.config({ jitless: true });
