import { AttributeKind } from '../attributes/attribute.entity';
import { fold } from './fold';
import { readQuantity } from './quantity';

export const MAX_SET_VALUES = 50;
export const MAX_VALUE_TEXT = 200;

/** A facet as the client sends it, before its attribute is known. */
export interface FacetInput {
  attribute: string;
  subject?: string | null;
  value?: unknown;
  polarity?: 'asserted' | 'denied';
  exclusive?: boolean;
  timeScope?: { from?: string; to?: string } | null;
}

/** Whatever the attribute needs to judge a value: its kind and, for some categories, a closed list. */
export interface AttributeRule {
  name: string;
  kind: AttributeKind;
  allowedValues: string[] | null;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim().length > 0 && value.length <= MAX_VALUE_TEXT ? value : null;
}

/**
 * Checks that a facet's value fits its attribute's kind; answers what is wrong, or null when it fits.
 * quantity: a number, words ("about 20"), or { min, max } with max null for open; category: a term;
 * set: a list of terms; boolean: true or false.
 */
export function facetValueProblem(rule: AttributeRule, value: unknown): string | null {
  switch (rule.kind) {
    case 'quantity': {
      if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? null : 'must be a number of 0 or more';
      if (typeof value === 'string') {
        if (!text(value)) return `must be words of 1 to ${MAX_VALUE_TEXT} characters`;
        return readQuantity(value) ? null
          : `cannot read "${value}" as a quantity: give a number, "about N", "at least N", "up to N", "between N and M", or words such as "several", "dozens", "none"`;
      }
      if (isPlainObject(value)) {
        const keys = Object.keys(value);
        if (keys.some((key) => key !== 'min' && key !== 'max') || !('min' in value)) return 'a range must be { "min": N, "max": M or null }';
        const { min, max } = value as { min: unknown; max?: unknown };
        if (typeof min !== 'number' || !Number.isFinite(min) || min < 0) return 'min must be a number of 0 or more';
        if (max === null || max === undefined) return null;
        if (typeof max !== 'number' || !Number.isFinite(max)) return 'max must be a number or null for an open range';
        return max >= min ? null : 'max must not be below min';
      }
      return `${rule.name} is a quantity: give a number, words such as "about 20", or { "min": N, "max": M }`;
    }
    case 'category': {
      if (!text(value)) return `${rule.name} is a category: give one term of 1 to ${MAX_VALUE_TEXT} characters`;
      if (rule.allowedValues && !rule.allowedValues.some((allowed) => fold(allowed) === fold(value as string))) {
        return `${rule.name} must be one of ${rule.allowedValues.join(', ')}`;
      }
      return null;
    }
    case 'set': {
      if (!Array.isArray(value) || value.length === 0) return `${rule.name} is a set: give a list of terms`;
      if (value.length > MAX_SET_VALUES) return `a set holds at most ${MAX_SET_VALUES} terms`;
      const bad = value.findIndex((item) => !text(item));
      return bad === -1 ? null : `item ${bad} must be a term of 1 to ${MAX_VALUE_TEXT} characters`;
    }
    case 'boolean':
      return typeof value === 'boolean' ? null : `${rule.name} is true or false`;
  }
}
