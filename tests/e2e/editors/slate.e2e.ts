// Editor family: Slate (slate-react + slate-history), from its npm package (fixtures/editors/slate.html).
import { describeModelEditor } from './model-editor.ts';

describeModelEditor({ name: 'Slate (slate-react + slate-history)', fixture: 'slate.html', editor: '#svar' });
