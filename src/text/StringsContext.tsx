import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { localizedNamespace, type ClerkLocalization } from './localization.js';
import { ownStrings, type TextNamespace } from './strings.js';

/** One layer of words over the English: a `strings` prop, or one of Clerk's localization resources. */
export type TextLayer = { readonly strings: object } | { readonly resource: ClerkLocalization };

/**
 * The layers in force here, lowest first: ClerkProvider's localization, a root's, the root's
 * `strings`, a step's own. Kept as layers rather than merged words so that each component reads
 * only its own namespaces, and a page carries only the English of the forms it shows.
 */
export const StringsContext = createContext<readonly TextLayer[]>([]);

/** The words of the namespaces asked for, by name. */
export type TextOf<D extends readonly TextNamespace<string, object>[]> = { [N in D[number] as N['name']]: N['english'] };

/** The layers in force here with a component's own `strings` prop laid on top. */
export function useTextLayers(overrides?: object): readonly TextLayer[] {
  const inherited = useContext(StringsContext);
  return useMemo(() => (overrides ? [...inherited, { strings: overrides }] : inherited), [inherited, overrides]);
}

/**
 * The strings in force here for the namespaces named (module constants), with a component's own
 * `strings` prop laid over them: English, then each layer, lowest first. Within a namespace, only
 * keys with a value are taken, and nothing is read from an override's prototype.
 */
export function useStrings<const D extends readonly TextNamespace<string, object>[]>(overrides: object | undefined, ...namespaces: D): TextOf<D> {
  const layers = useTextLayers(overrides);
  // The namespaces are constants of the calling module: the words change only with the layers.
  return useMemo(() => wordsFor(layers, namespaces), [layers]); // eslint-disable-line react-hooks/exhaustive-deps
}

/** `useStrings` outside React: the words of `namespaces` under `layers`. */
export function wordsFor<const D extends readonly TextNamespace<string, object>[]>(layers: readonly TextLayer[], namespaces: D): TextOf<D> {
  const words: Record<string, object> = {};
  for (const namespace of namespaces) {
    let merged: Record<string, unknown> = namespace.english as Record<string, unknown>;
    for (const layer of layers) {
      const given = 'resource' in layer ? localizedNamespace(layer.resource, namespace) : ownNamespace(layer.strings, namespace.name);
      if (given) merged = { ...merged, ...ownStrings(given) };
    }
    words[namespace.name] = merged;
  }
  return words as TextOf<D>;
}

function ownNamespace(strings: object, name: string): object | undefined {
  const given = Object.hasOwn(strings, name) ? (strings as Record<string, unknown>)[name] : undefined;
  return given && typeof given === 'object' ? given : undefined;
}

/** Lays Clerk's localization over the strings in force here; the `strings` props still win over it. */
export function LocalizationScope({ localization, children }: { localization: ClerkLocalization | null | undefined; children: ReactNode }) {
  const inherited = useContext(StringsContext);
  // A resource already in force (the app's, met again by a form nested in another) is not laid
  // again over what the outer form's own resource said.
  const fresh = localization && typeof localization === 'object' && !inherited.some((layer) => 'resource' in layer && layer.resource === localization) ? localization : null;
  const layers = useMemo(() => (fresh ? [...inherited, { resource: fresh }] : inherited), [fresh, inherited]);
  return <StringsContext.Provider value={layers}>{children}</StringsContext.Provider>;
}
