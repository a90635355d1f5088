// origin: shape of a view-model class with an arrow-function property (a bound handler), returned by a memoised loader
// category: nest-service
// decorators: tc39
// expect: KP91032 widget
//
// An arrow function held in a field is an own property, not a method: it cannot be stored.
import { memoize } from 'keyproof';

export class WidgetView {
  title = '';
  onOpen = (): string => this.title;
}

export class WidgetsService {
  @memoize()
  async widget(id: string): Promise<WidgetView> {
    const view = new WidgetView();
    view.title = id;
    return view;
  }
}
