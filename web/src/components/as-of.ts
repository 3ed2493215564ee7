import { type Ref, ref, watch } from 'vue';
import { useRoute } from 'vue-router';

const asOfIn = (query: unknown) => (typeof query === 'string' && query ? query : null);

/**
 * 数据截至 chosen on a screen, as Shanghai wall time (YYYY-MM-DDTHH:mm:ss), null for as known now:
 * opened from `?asOf=…`, and following the query when a link on the same screen changes only it.
 */
export function useRouteAsOf(): Ref<string | null> {
  const route = useRoute();
  const asOf = ref<string | null>(asOfIn(route.query.asOf));
  watch(
    () => route.query.asOf,
    (query) => (asOf.value = asOfIn(query)),
  );
  return asOf;
}
